/**
 * Programme management (quản lý chương trình OCOP): the province's annual plan (kế hoạch năm) with its targets
 * (chỉ tiêu) and activities (hoạt động) broken into tasks with lead agencies and deadlines; the KPI dashboard that
 * measures every target from the records; training courses (đào tạo, tập huấn); showcase and sales centres and
 * points (trung tâm, điểm giới thiệu và bán sản phẩm OCOP); pilot models (mô hình điểm); and programme events (hội
 * chợ, hội nghị, tham quan học tập).
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.programme;
