package vn.ocop.evaluation;

/**
 * A member's role in a council.
 */
public enum MemberRole {
	/** Chủ tịch hội đồng. */
	CHAIR,
	/** Phó chủ tịch thường trực. */
	STANDING_VICE_CHAIR,
	/** Phó chủ tịch. */
	VICE_CHAIR,
	/** Thành viên. */
	MEMBER,
	/** Chuyên gia. */
	EXPERT,
	/** Thư ký (không chấm điểm). */
	SECRETARY;

	/** Whether members with this role score products (the secretary keeps the minutes). */
	public boolean scores() {
		return this != SECRETARY;
	}
}
