package vn.ocop.outreach;

/**
 * Who a training course is for.
 */
public enum Audience {
	/** Cán bộ tham mưu Chương trình OCOP các cấp. */
	OFFICIALS,
	/** Tổ chức, cá nhân có sản phẩm tham gia Chương trình. */
	PRODUCERS,
	/** Thanh niên khởi nghiệp. */
	YOUNG_ENTREPRENEURS
}
