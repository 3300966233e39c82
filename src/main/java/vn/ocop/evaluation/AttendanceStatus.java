package vn.ocop.evaluation;

/**
 * Whether a council member attended a meeting (phiên họp), as the secretary or the chair records it.
 */
public enum AttendanceStatus {
	/** Có mặt. */
	PRESENT,
	/** Vắng mặt. */
	ABSENT,
	/** Vắng mặt có lý do (được Chủ tịch đồng ý). */
	EXCUSED,
	/** Có mặt nhưng không tham gia đánh giá do xung đột lợi ích. */
	CONFLICT;

	/** Whether the member takes part in the meeting's decisions (counts for the quorum and scores). */
	public boolean takesPart() {
		return this == PRESENT;
	}
}
