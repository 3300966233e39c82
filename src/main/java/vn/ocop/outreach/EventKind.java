package vn.ocop.outreach;

/**
 * The kind of a programme event.
 */
public enum EventKind {
	/** Hội chợ, lễ hội. */
	FAIR,
	/** Hội nghị, hội thảo. */
	CONFERENCE,
	/** Tham quan, học tập kinh nghiệm. */
	STUDY_TOUR
}
