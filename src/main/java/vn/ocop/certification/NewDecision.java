package vn.ocop.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision as entered by the provincial office: its number, date and signer, the issuing authority (the
 * configured provincial authority when blank), and for downgrades and revocations the reason and legal basis.
 */
public record NewDecision(String number, LocalDate date, @Nullable String signer, @Nullable String authority,
		@Nullable String reason, @Nullable String legalBasis) {

	public static NewDecision recognition(String number, LocalDate date, @Nullable String signer,
			@Nullable String authority) {
		return new NewDecision(number, date, signer, authority, null, null);
	}
}
