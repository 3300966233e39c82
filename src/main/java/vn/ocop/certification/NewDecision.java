package vn.ocop.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.ocop.criteria.Regulation;
import vn.ocop.shared.BusinessRuleException;

/**
 * A decision as entered by an officer: its number, date and signer, the issuing authority (by default the
 * People's Committee of the officer's unit, or the Ministry for a central decision), and for downgrades and
 * revocations the reason and legal basis.
 *
 * @param level the level whose authority decided; {@code null}: the level of the officer's unit
 * @param capacity whether the head or a deputy signed; {@code null}: a deputy ("KT. CHỦ TỊCH")
 * @param stars the stars a central decision recognises (the Minister's decision as recorded); {@code null}: the
 *        stars the council ranked
 * @param groundCode the legal ground of a revocation ({@code revocation.grounds} of the regulation in force)
 * @param groundsEstablishedOn the day the ground was established (inspection conclusion, the commune's confirmation
 *        that production stopped), from which the decision must reach the producer within the regulation's days
 */
public record NewDecision(String number, LocalDate date, @Nullable String signer, @Nullable String authority,
		@Nullable String reason, @Nullable String legalBasis, @Nullable IssuingLevel level,
		@Nullable SignerCapacity capacity, @Nullable Integer stars, @Nullable String groundCode,
		@Nullable LocalDate groundsEstablishedOn) {

	public NewDecision(String number, LocalDate date, @Nullable String signer, @Nullable String authority,
			@Nullable String reason, @Nullable String legalBasis) {
		this(number, date, signer, authority, reason, legalBasis, null, null, null, null, null);
	}

	public static NewDecision recognition(String number, LocalDate date, @Nullable String signer,
			@Nullable String authority) {
		return new NewDecision(number, date, signer, authority, null, null);
	}

	/** The same decision with a revocation ground. */
	public NewDecision withGround(@Nullable String code, @Nullable LocalDate establishedOn) {
		return new NewDecision(number, date, signer, authority, reason, legalBasis, level, capacity, stars, code,
				establishedOn);
	}

	/** The same decision taken at another level, signed in the given capacity. */
	public NewDecision at(@Nullable IssuingLevel issuingLevel, @Nullable SignerCapacity signerCapacity) {
		return new NewDecision(number, date, signer, authority, reason, legalBasis, issuingLevel, signerCapacity, stars,
				groundCode, groundsEstablishedOn);
	}

	/**
	 * 422 unless the decision has its number and date, is not dated after today and, for a downgrade or a
	 * revocation, gives its reason.
	 */
	void requireComplete(LocalDate today, boolean reasonRequired) {
		if (number == null || number.isBlank()) {
			throw BusinessRuleException.unprocessable("certification.decision.numberRequired");
		}
		if (date == null) {
			throw BusinessRuleException.unprocessable("certification.decision.dateRequired");
		}
		if (date.isAfter(today)) {
			throw BusinessRuleException.unprocessable("certification.decision.future", date, today);
		}
		if (reasonRequired && (reason == null || reason.isBlank())) {
			throw BusinessRuleException.unprocessable("certification.decision.reasonRequired");
		}
	}

	/**
	 * The legal ground this revocation names, from the regulation in force on its day (26/2026/QĐ-TTg Điều 8: six
	 * grounds, the decision reaching the producer within 15 days of the conclusion). 422 without one, with one the
	 * regulation does not list, or without the legal basis a ground needs spelled out.
	 */
	Decision.Ground groundUnder(Regulation regulation) {
		Regulation.Revocation rules = regulation.revocation();
		if (groundCode == null || groundCode.isBlank()) {
			throw BusinessRuleException.unprocessable("certification.revoke.groundRequired", regulation.code());
		}
		Regulation.Ground ground = rules == null ? null : rules.ground(groundCode.strip()).orElse(null);
		if (ground == null) {
			throw BusinessRuleException.unprocessable("certification.revoke.groundUnknown", groundCode, regulation.code());
		}
		if (ground.legalBasisRequired() && (legalBasis == null || legalBasis.isBlank())) {
			throw BusinessRuleException.unprocessable("certification.revoke.legalBasisRequired", ground.text());
		}
		if (groundsEstablishedOn != null && groundsEstablishedOn.isAfter(date)) {
			throw BusinessRuleException.unprocessable("certification.revoke.groundsAfterDecision", groundsEstablishedOn,
					date);
		}
		LocalDate deliverBy = groundsEstablishedOn == null || rules.deliverWithinDays() == null ? null
				: groundsEstablishedOn.plusDays(rules.deliverWithinDays());
		return new Decision.Ground(ground.code(), ground.text(), groundsEstablishedOn, deliverBy);
	}
}
