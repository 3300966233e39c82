package vn.ocop.inspection;

/** Where a public complaint stands in the office's queue. */
public enum ComplaintStatus {
	/** Received, not yet handled. */
	NEW,
	/** An inspection was opened from it. */
	INSPECTION_OPENED,
	/** Closed without an inspection, with a note. */
	DISMISSED
}
