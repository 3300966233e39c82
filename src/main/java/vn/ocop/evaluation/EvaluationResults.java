package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.Scorecard;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.Stars;

/**
 * Results: a session's once it is closed, and every level's results for one product (for its producer and the
 * officers of its area), with the points still missing to the next star.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationResults {

	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final ProductLifecycle products;
	private final AccessScope scope;

	EvaluationResults(Evaluations evaluations, EvaluationAccess access, ProductLifecycle products, AccessScope scope) {
		this.evaluations = evaluations;
		this.access = access;
		this.products = products;
		this.scope = scope;
	}

	public SessionResults results(UUID evaluationId) {
		var evaluation = access.evaluation(evaluationId);
		access.requireSee(access.council(evaluation.getCouncilId()));
		return results(evaluation);
	}

	/**
	 * Every level's results for one product, oldest first (for the producer and the officers), with the points
	 * still missing to the next star.
	 */
	public List<ProductEvaluation> productEvaluations(UUID productId) {
		CurrentUser user = access.user();
		var product = products.summary(productId);
		boolean producer = user.has(Role.PRODUCER) && products.isManagedBy(productId, user.username());
		boolean officer = (user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER)
				|| user.has(Role.COMMUNE_OFFICER) || user.has(Role.COUNCIL_MEMBER) || user.has(Role.INSPECTOR))
				&& scope.covers(user, product.unitAt());
		if (!producer && !officer) {
			throw new AccessDeniedException("Product outside scope");
		}
		List<ProductEvaluation> list = new ArrayList<>();
		for (Evaluation evaluation : evaluations.findByProduct(productId)) {
			if (evaluation.getStatus() != EvaluationStatus.CLOSED) {
				continue;
			}
			var council = access.council(evaluation.getCouncilId());
			var item = evaluation.item(productId).orElseThrow();
			var result = item.result();
			Scorecard scorecard = access.scorecard(item.getScorecardCode());
			Integer nextStars = result.isDisqualified() || result.stars() >= Stars.MAX ? null : result.stars() + 1;
			BigDecimal gap = nextStars == null || result.score() == null ? null : scorecard.minScoreFor(nextStars)
					.map(min -> BigDecimal.valueOf(min).subtract(result.score()).max(BigDecimal.ZERO)).orElse(null);
			list.add(new ProductEvaluation(evaluation.getId(), council.getName(), evaluation.getLevel(),
					evaluation.getClosedAt(), item.getScorecardCode(), result, item.getOutcome(), item.getEscalatedTo(),
					nextStars, gap));
		}
		return list;
	}

	/** The results of a session's products that have one. */
	static SessionResults results(Evaluation evaluation) {
		List<SessionResults.Result> results = new ArrayList<>();
		for (EvaluationItem item : evaluation.getItems()) {
			var score = item.result();
			if (score == null) {
				continue;
			}
			results.add(new SessionResults.Result(item.getProductId(), item.getProductName(), item.getProducerName(),
					score.score(), score.stars(), score.divergent(), item.getOutcome(), item.getEscalatedTo(),
					score.members(), score.parts(), score.groups(), score));
		}
		return new SessionResults(evaluation.getId(), evaluation.getLevel(), evaluation.getStatus(), results);
	}
}
