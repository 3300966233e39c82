package vn.ocop.evaluation;

/**
 * The administrative level of a council (cấp hội đồng). Names match the levels of the regulations in
 * {@code criteria/regulations.json}.
 */
public enum CouncilLevel {
	COMMUNE, DISTRICT, PROVINCE, CENTRAL
}
