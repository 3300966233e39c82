package vn.ocop.outreach;

/**
 * Which level a pilot model (mô hình điểm) belongs to.
 */
public enum PilotLevel {
	/** Mô hình điểm của Trung ương. */
	CENTRAL,
	/** Mô hình điểm cấp tỉnh. */
	PROVINCIAL,
	/** Mô hình điểm cấp huyện. */
	DISTRICT
}
