package vn.ocop.certification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.evaluation.CentralCouncil;
import vn.ocop.evaluation.CentralCouncilResult;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.ProductEvaluation;

/**
 * A product's latest council result, as the certification decisions need it: the score for the annex of the
 * recognition decision and the 90 points a central recognition needs, and whether the product was passed on to the
 * central council (it then waits, under evaluation, for the Minister's decision).
 */
@Component
class Ratings {

	/**
	 * The latest result: the mean score, the council's level, whether it went on to another level and, passed on
	 * to the central council, that council's result once the office recorded it.
	 */
	record Rating(BigDecimal score, int stars, CouncilLevel level, @Nullable Outcome outcome,
			@Nullable CouncilLevel escalatedTo, @Nullable CentralCouncilResult central) {

		/** Passed on to the central council (its result recorded or not). */
		boolean passedToCentral() {
			return outcome == Outcome.ESCALATED && escalatedTo == CouncilLevel.CENTRAL;
		}

		/** Passed on to the central council, whose result has not arrived yet: nobody may recognise it. */
		boolean awaitsCentral() {
			return passedToCentral() && central == null;
		}

		/** The central council proposed 5★: the Minister's recognition follows from it. */
		boolean awaitsMinister() {
			return passedToCentral() && central != null && central.proposesFiveStars();
		}

		/** The score the recognition decision lists: the central council's when it evaluated. */
		BigDecimal decisiveScore() {
			return central != null ? central.score() : score;
		}
	}

	private final EvaluationManagement evaluation;
	private final CentralCouncil centralCouncil;

	Ratings(EvaluationManagement evaluation, CentralCouncil centralCouncil) {
		this.evaluation = evaluation;
		this.centralCouncil = centralCouncil;
	}

	/** The product's latest closed result, if the council scored it in the system. */
	Optional<Rating> latest(UUID productId) {
		// asked only for products in the signed-in officer's area (it answers 403 otherwise)
		List<ProductEvaluation> results = evaluation.productEvaluations(productId);
		if (results.isEmpty()) {
			return Optional.empty();
		}
		ProductEvaluation last = results.get(results.size() - 1);
		CentralCouncilResult central = last.outcome() == Outcome.ESCALATED && last.escalatedTo() == CouncilLevel.CENTRAL
				? centralCouncil.result(productId).orElse(null) : null;
		return Optional.of(new Rating(last.result().score(), last.result().stars(), last.level(), last.outcome(),
				last.escalatedTo(), central));
	}
}
