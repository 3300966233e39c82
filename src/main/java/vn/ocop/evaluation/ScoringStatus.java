package vn.ocop.evaluation;

/**
 * A member's scorecard for a product: being filled in, or submitted (then it never changes).
 */
public enum ScoringStatus {
	DRAFT, SUBMITTED
}
