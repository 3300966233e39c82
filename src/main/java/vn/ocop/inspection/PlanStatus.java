package vn.ocop.inspection;

/** The approval of a year's inspection plan. */
public enum PlanStatus {
	/** Being drafted by the office. */
	DRAFT,
	/** Submitted for approval. */
	SUBMITTED,
	/** Approved: inspections may be scheduled from it; locked. */
	APPROVED,
	/** Sent back for changes, with a note. */
	RETURNED
}
