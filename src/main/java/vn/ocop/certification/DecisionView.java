package vn.ocop.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recorded decision as the API and pages show it.
 *
 * @param kind recognition, downgrade or revocation
 * @param number the decision's number, e.g. {@code 3763/QĐ-UBND}
 * @param date the day it was signed
 * @param signer who signed it
 * @param authority the body that issued it
 * @param reason why (downgrades and revocations)
 * @param legalBasis the rules it relies on
 */
public record DecisionView(DecisionKind kind, String number, LocalDate date, @Nullable String signer,
		String authority, @Nullable String reason, @Nullable String legalBasis) {
}
