package vn.ocop.evaluation;

/**
 * What a session's result means for the product.
 */
public enum Outcome {
	/** Ranked 3★ or more by a level that recognises that star level. */
	RATED,
	/** Below 50 points, or kept below 3★ by a star minimum. */
	NOT_RATED,
	/** The dossier was disqualified before scoring ("Hồ sơ bị loại khi …"). */
	DISQUALIFIED,
	/** Goes on to the next level's council (e.g. district screening → province, ≥ 90 points → central). */
	ESCALATED
}
