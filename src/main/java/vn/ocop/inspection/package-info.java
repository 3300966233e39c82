/**
 * Inspection (kiểm tra, hậu kiểm): yearly inspection plans (kế hoạch kiểm tra) with approval, planned and unplanned
 * inspections with the post-certification checklist, findings with photos and a conclusion, sanctions proposed by
 * findings and decided by the office (applied through the certification decisions), and public complaints (phản
 * ánh) about certified products, from which an inspection is opened.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
		allowedDependencies = { "shared", "geography", "identity", "notification", "registry", "certification",
				"criteria" })
package vn.ocop.inspection;
