package vn.ocop.outreach;

/**
 * How far a pilot model has got; a {@link #BUILT} one counts against the target.
 */
public enum PilotStatus {
	/** Đã xét chọn. */
	SELECTED,
	/** Đang xây dựng. */
	BUILDING,
	/** Đã xây dựng xong, đi vào hoạt động. */
	BUILT
}
