package vn.ocop.registry;

/**
 * Legal form of a producer (loại hình chủ thể).
 */
public enum LegalForm {
	/** Doanh nghiệp. */
	ENTERPRISE,
	/** Hợp tác xã. */
	COOPERATIVE,
	/** Tổ hợp tác. */
	COOPERATIVE_GROUP,
	/** Hộ sản xuất có đăng ký kinh doanh. */
	HOUSEHOLD_BUSINESS
}
