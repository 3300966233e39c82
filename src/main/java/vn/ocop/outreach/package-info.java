/**
 * Outreach (đào tạo, điểm bán, mô hình điểm, sự kiện): what the programme does in the field — training courses
 * (đào tạo, tập huấn) with sessions, attendance and completion; showcase and sales centres and points (trung tâm,
 * điểm giới thiệu và bán sản phẩm OCOP) with the products they carry and the public map; pilot models (mô hình
 * điểm); and programme events (hội chợ, hội nghị, tham quan học tập). Officers manage them in their own area; the
 * public sees the open outlets and the events, on their pages and the portal's home page.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Outreach",
		allowedDependencies = { "shared", "identity", "geography", "registry", "portal" })
package vn.ocop.outreach;
