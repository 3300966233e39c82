package vn.ocop.inspection;

/** What a finding proposes (biện pháp xử lý). */
public enum Sanction {
	/** No sanction: a remark. */
	NONE,
	/** Nhắc nhở, cảnh cáo. */
	WARNING,
	/** Hạ sao: fewer stars by a decision of the certification authority. */
	DOWNGRADE,
	/** Thu hồi giấy chứng nhận. */
	REVOCATION
}
