package vn.ocop.criteria;

/**
 * A scorecard as listed.
 */
public record ScorecardSummary(String code, String regulation, String productSetCode, String name, int maxPoints) {
}
