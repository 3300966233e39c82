package vn.ocop.evaluation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;

/**
 * Settling a divergence (members' totals further apart than the session's spread threshold): by re-scoring, which
 * each member starts ({@link Scoring#rescore}), or by the chair recording the council's agreed outcome once
 * re-scoring did not (or may not) settle it; and, for the result, how it was settled.
 */
@Service
@Transactional
public class DivergenceSettlement {

	private final Evaluations evaluations;
	private final MemberScorings scorings;
	private final EvaluationAccess access;
	private final Clock clock;

	DivergenceSettlement(Evaluations evaluations, MemberScorings scorings, EvaluationAccess access, Clock clock) {
		this.evaluations = evaluations;
		this.scorings = scorings;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records, as the chair, the council's agreed outcome of a divergence that re-scoring did not (or may not)
	 * settle; 409 if the members' totals are not further apart than the threshold.
	 */
	public EvaluationView settleDivergence(UUID evaluationId, UUID productId, String record) {
		var run = access.requireChair(evaluationId);
		var item = EvaluationAccess.item(run.evaluation(), productId);
		var submitted = Submissions.latest(scorings.findByEvaluationIdAndProductId(evaluationId, productId));
		int threshold = run.evaluation().getRules().spreadThreshold();
		if (!Submissions.divergent(submitted, threshold)) {
			throw BusinessRuleException.conflict("evaluation.scoring.notDivergent", threshold);
		}
		item.settleDivergence(record, clock.instant(), run.username());
		return evaluations.save(run.evaluation()).toView(run.council());
	}

	/**
	 * The result with the earlier rounds and how a divergence was settled: by the chair when the final totals still
	 * diverge or the chair recorded an outcome, by re-scoring when a later round brought them together.
	 */
	static ProductScore withHistory(ProductScore result, List<MemberScoring> forProduct,
			Map<String, MemberScoring> latest, EvaluationItem item, int threshold) {
		Set<UUID> counted = latest.values().stream().map(MemberScoring::getId).collect(Collectors.toSet());
		List<ProductScore.MemberTotal> earlier = forProduct.stream().filter(MemberScoring::isSubmitted)
				.filter(s -> !counted.contains(s.getId()))
				.sorted(Comparator.comparing(MemberScoring::getUsername).thenComparingInt(MemberScoring::getRound))
				.map(s -> new ProductScore.MemberTotal(s.getUsername(), s.getTotal(), s.getRound())).toList();
		List<ProductScore.MemberTotal> first = forProduct.stream().filter(MemberScoring::isSubmitted)
				.filter(s -> s.getRound() == 1).map(s -> new ProductScore.MemberTotal(s.getUsername(), s.getTotal(), 1))
				.toList();
		int rounds = latest.values().stream().mapToInt(MemberScoring::getRound).max().orElse(1);
		int firstSpread = first.isEmpty() ? 0 : ScoreCalculator.spread(first);
		int finalSpread = ScoreCalculator.spread(result.members());
		String settledBy = null;
		if (finalSpread > threshold) {
			settledBy = "CHAIR";
		}
		else if (rounds > 1 && firstSpread > threshold) {
			settledBy = "RESCORING";
		}
		else if (item.getDivergenceRecord() != null) {
			settledBy = "CHAIR";
		}
		var divergence = new ProductScore.Divergence(threshold, firstSpread, finalSpread, rounds, settledBy,
				item.getDivergenceRecord());
		return new ProductScore(result.score(), result.stars(), result.bandStars(), result.divergent(), result.members(),
				earlier, result.parts(), result.groups(), result.agreedAnswers(), result.cappedBy(),
				result.nextStarShortfalls(), divergence, null);
	}
}
