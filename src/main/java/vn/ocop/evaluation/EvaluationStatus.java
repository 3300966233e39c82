package vn.ocop.evaluation;

/**
 * Whether a session still takes scorecards.
 */
public enum EvaluationStatus {
	OPEN, CLOSED
}
