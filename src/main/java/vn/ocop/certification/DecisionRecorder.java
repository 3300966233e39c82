package vn.ocop.certification;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.criteria.Regulation;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;

/**
 * Records the decisions the use cases take: one decision recognises, downgrades or revokes many products, so a
 * number entered again with the same date and level is the same decision; with another date or level it is taken.
 */
@Component
class DecisionRecorder {

	private final Decisions decisions;
	private final CertificationAuthority authority;
	private final Clock clock;

	DecisionRecorder(Decisions decisions, CertificationAuthority authority, Clock clock) {
		this.decisions = decisions;
		this.authority = authority;
		this.clock = clock;
	}

	/**
	 * The decision with this number: recorded now, with the authority and signature block of the level, or the one
	 * recorded before with the same date and level (409 if the number was used otherwise).
	 */
	Decision record(DecisionKind kind, NewDecision input, CurrentUser user, IssuingLevel level, Regulation regulation,
			Decision.@Nullable Ground ground) {
		String number = input.number().strip();
		Optional<Decision> existing = decisions.findByKindAndNumber(kind, number);
		if (existing.isPresent()) {
			if (!existing.get().sameAs(input.date()) || !existing.get().takenAt(level)) {
				throw BusinessRuleException.conflict("certification.decision.numberTaken", number, existing.get().getDate());
			}
			return existing.get();
		}
		SignerCapacity capacity = input.capacity() == null ? SignerCapacity.DEPUTY : input.capacity();
		Decision.Issuer issuer = authority.issuer(level, user, input.date(), regulation, capacity);
		String body = input.authority() == null || input.authority().isBlank() ? issuer.authority()
				: input.authority().strip();
		return decisions.save(new Decision(kind, number, input.date(), input.signer(), body, input.reason(),
				input.legalBasis(), issuer, ground, clock.instant(), user.username()));
	}
}
