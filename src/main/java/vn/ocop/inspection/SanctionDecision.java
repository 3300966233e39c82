package vn.ocop.inspection;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The office's decision on a proposed sanction. Following a downgrade or revocation needs the decision's number and
 * date (the certificate changes by that decision); dismissing needs a note.
 */
public record SanctionDecision(boolean follow, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
		@Nullable String signer, @Nullable String legalBasis, @Nullable String note) {
}
