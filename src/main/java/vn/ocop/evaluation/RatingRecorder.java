package vn.ocop.evaluation;

import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ocop.registry.ProductLifecycle;

/**
 * The registry follows the evaluation's decisions, in the transaction that takes them: when a session closes, each
 * product a level recognised becomes RATED or NOT_RATED (a disqualified one NOT_RATED) with the council's result as
 * the reason on its timeline, while a product passed on to a higher level stays under evaluation; when the central
 * council's result is recorded without proposing 5★, the product is rated at the province on it.
 */
@Component
class RatingRecorder {

	private final Evaluations evaluations;
	private final Councils councils;
	private final ProductLifecycle products;

	RatingRecorder(Evaluations evaluations, Councils councils, ProductLifecycle products) {
		this.evaluations = evaluations;
		this.councils = councils;
		this.products = products;
	}

	@EventListener
	void on(EvaluationClosed event) {
		var session = evaluations.findById(event.evaluationId()).orElseThrow();
		var council = councils.findById(event.councilId()).orElseThrow();
		String actor = String.valueOf(session.getClosedBy());
		for (EvaluationItem item : session.getItems()) {
			Outcome outcome = item.getOutcome();
			if (outcome == Outcome.DISQUALIFIED) {
				products.recordRating(item.getProductId(), false, 0, actor,
						council.getName() + ": hồ sơ bị loại — " + item.getDisqualificationReason());
			}
			else if (outcome == Outcome.RATED || outcome == Outcome.NOT_RATED) {
				products.recordRating(item.getProductId(), outcome == Outcome.RATED, item.getStars(), actor,
						reason(council, item));
			}
			// ESCALATED: stays under evaluation until the next level's council scores it
		}
	}

	@EventListener
	void on(CentralResultRecorded event) {
		CentralCouncilResult result = event.result();
		if (result.proposesFiveStars()) {
			return; // the Minister's recognition follows, recorded at the central level
		}
		String reason = "Hội đồng Trung ương: " + result.score().toPlainString() + " điểm, " + result.proposedStars()
				+ " sao (" + result.minutesReference() + ")";
		boolean rated = result.provincialStars() >= 3;
		products.recordRating(result.productId(), rated, rated ? result.provincialStars() : result.proposedStars(),
				result.recordedBy(), reason);
	}

	/** The council's result as the product's timeline gives it: score, stars, and the minimums that capped them. */
	private static String reason(Council council, EvaluationItem item) {
		ProductScore result = item.result();
		return council.getName() + ": " + item.getScore() + " điểm, " + item.getStars() + "★"
				+ (result.capped() ? " (" + result.bandStars() + "★ theo điểm, giới hạn bởi tiêu chí "
						+ result.cappedBy().stream().map(ProductScore.Shortfall::criterion).collect(Collectors.joining(", "))
						+ ")" : "");
	}
}
