package vn.ocop.outreach;

/**
 * Whether a sales centre or point is open.
 */
public enum OutletStatus {
	/** Đang chuẩn bị. */
	PLANNED,
	/** Đang hoạt động. */
	OPEN,
	/** Đã đóng cửa. */
	CLOSED
}
