package vn.ocop.inspection;

/** Where a proposed sanction stands. */
public enum SanctionStatus {
	/** Proposed by the inspection, awaiting the office. */
	PROPOSED,
	/** Decided by the office (and, for a downgrade or revocation, applied to the certificate). */
	DECIDED,
	/** Not followed by the office. */
	DISMISSED
}
