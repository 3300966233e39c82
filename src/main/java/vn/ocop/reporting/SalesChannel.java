package vn.ocop.reporting;

/** Where a producer sold in the month (kênh tiêu thụ). */
public enum SalesChannel {
	/** Bán trực tiếp tại cơ sở. */
	DIRECT,
	/** Đại lý, cửa hàng bán lẻ. */
	RETAIL,
	/** Siêu thị, chuỗi cửa hàng. */
	SUPERMARKET,
	/** Điểm giới thiệu và bán sản phẩm OCOP. */
	OCOP_POINT,
	/** Thương mại điện tử, mạng xã hội. */
	ONLINE,
	/** Hội chợ, triển lãm. */
	FAIR,
	/** Xuất khẩu. */
	EXPORT
}
