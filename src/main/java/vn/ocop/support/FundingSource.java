package vn.ocop.support;

/**
 * Where the money of a budget line comes from (section III of the plan: central, provincial and local budgets,
 * plus the producers' own contribution and other sources).
 */
public enum FundingSource {
	CENTRAL, PROVINCIAL, DISTRICT_COMMUNE, PRODUCERS, OTHER
}
