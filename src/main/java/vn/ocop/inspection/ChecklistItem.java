package vn.ocop.inspection;

/**
 * The post-certification inspection checklist (hậu kiểm), after the inter-agency checks of certified OCOP products
 * (domain brief §4).
 */
public enum ChecklistItem {
	/** Tình hình hoạt động sản xuất, kinh doanh. */
	OPERATIONS,
	/** Nguồn nguyên liệu. */
	RAW_MATERIALS,
	/** Lao động. */
	LABOUR,
	/** Quy mô sản xuất. */
	SCALE,
	/** Doanh thu. */
	REVENUE,
	/** Bảo vệ môi trường. */
	ENVIRONMENT,
	/** Thị trường tiêu thụ. */
	MARKETS,
	/** Hồ sơ quản lý chất lượng. */
	QUALITY_RECORDS,
	/** Công bố tiêu chuẩn, tự công bố sản phẩm. */
	STANDARD_DECLARATION,
	/** Truy xuất nguồn gốc, mã vạch, tem QR. */
	TRACEABILITY_STAMPS,
	/** Nhãn hiệu, sở hữu trí tuệ. */
	TRADEMARK,
	/** Nhãn hàng hóa, bao bì, sử dụng logo OCOP. */
	LABELS_PACKAGING,
	/** Kiểm nghiệm an toàn thực phẩm. */
	FOOD_SAFETY_TESTS
}
