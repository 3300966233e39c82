package vn.ocop.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.Scorecard;

/**
 * The council's procedure at a session's meeting as the chair or the secretary records it: attendance (from which
 * the quorum is worked out), the case of "one of two cases" criteria, the check of the disqualifiers before scoring,
 * and, by the chair, the council's agreed answers on criteria carrying a star marker.
 */
@Service
@Transactional
public class CouncilProcedure {

	private final Evaluations evaluations;
	private final MemberScorings scorings;
	private final EvaluationAccess access;
	private final Clock clock;

	CouncilProcedure(Evaluations evaluations, MemberScorings scorings, EvaluationAccess access, Clock clock) {
		this.evaluations = evaluations;
		this.scorings = scorings;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records who attended the session's meeting (chair or secretary): every member of the council, present,
	 * absent, excused or sitting out for a conflict of interest. The quorum is worked out from it.
	 */
	public EvaluationView recordAttendance(UUID evaluationId, List<Attendance> entries) {
		var run = access.requireRun(evaluationId);
		Set<String> scored = scorings.findByEvaluationId(evaluationId).stream().filter(MemberScoring::isSubmitted)
				.map(MemberScoring::getUsername).collect(Collectors.toSet());
		run.evaluation().recordAttendance(run.council(), entries == null ? List.of() : entries, scored, clock.instant(),
				run.username());
		return evaluations.save(run.evaluation()).toView(run.council());
	}

	/**
	 * Sets which case of the "one of two cases" criteria applies to the producer (chair or secretary), before
	 * anyone has scored the product; members are then offered only that case's options.
	 */
	public EvaluationView chooseCase(UUID evaluationId, UUID productId, int caseNumber) {
		var run = access.requireRun(evaluationId);
		var item = EvaluationAccess.item(run.evaluation(), productId);
		boolean scored = !scorings.findByEvaluationIdAndProductId(evaluationId, productId).isEmpty();
		item.chooseCase(caseNumber, access.scorecard(item.getScorecardCode()), scored);
		return evaluations.save(run.evaluation()).toView(run.council());
	}

	/**
	 * Records the check of the scorecard's disqualifiers before scoring (chair or secretary): passed, or the
	 * dossier is disqualified with the reason, and the product is not scored.
	 */
	public EvaluationView checkDisqualifiers(UUID evaluationId, UUID productId, boolean disqualified,
			@Nullable String reason) {
		var run = access.requireRun(evaluationId);
		var item = EvaluationAccess.item(run.evaluation(), productId);
		boolean scored = scorings.findByEvaluationIdAndProductId(evaluationId, productId).stream()
				.anyMatch(MemberScoring::isSubmitted);
		item.checkDisqualifiers(disqualified, reason, scored, clock.instant(), run.username());
		return evaluations.save(run.evaluation()).toView(run.council());
	}

	/**
	 * Records, as the chair, the council's agreed answer on criteria that carry a star marker (option 0: nothing
	 * ticked on a tick-list criterion). Without it, the answer every member or a majority gave counts.
	 */
	public EvaluationView recordAgreedAnswers(UUID evaluationId, UUID productId, Map<String, Integer> answers) {
		var run = access.requireChair(evaluationId);
		var item = EvaluationAccess.item(run.evaluation(), productId);
		item.recordAgreedAnswers(answers, access.scorecard(item.getScorecardCode()));
		return evaluations.save(run.evaluation()).toView(run.council());
	}

	/**
	 * What each marked criterion looks like for a product so far: the members' answers in the rounds that count and
	 * the council's answer (recorded by the chair, unanimous or by majority), or none yet.
	 */
	@Transactional(readOnly = true)
	public List<MarkedCriterion> markedCriteria(UUID evaluationId, UUID productId) {
		var evaluation = access.evaluation(evaluationId);
		access.requireSee(access.council(evaluation.getCouncilId()));
		var item = EvaluationAccess.item(evaluation, productId);
		Scorecard scorecard = access.scorecard(item.getScorecardCode());
		var picks = Submissions.picks(Submissions.latest(scorings.findByEvaluationIdAndProductId(evaluationId, productId)));
		List<MarkedCriterion> list = new ArrayList<>();
		for (Scorecard.Criterion criterion : scorecard.markedCriteria()) {
			Map<String, @Nullable Integer> given = new LinkedHashMap<>();
			picks.forEach(p -> given.put(p.username(), p.selections().get(criterion.code())));
			var agreed = picks.isEmpty() ? Optional.<ProductScore.AgreedAnswer>empty()
					: ScoreCalculator.agreedAnswer(criterion, picks, item.agreedAnswers());
			list.add(new MarkedCriterion(criterion.code(), criterion.name(), criterion.markedStarLevels(), given,
					agreed.map(ProductScore.AgreedAnswer::option).orElse(null),
					agreed.map(a -> a.source().name()).orElse(null),
					given.values().stream().distinct().count() > 1));
		}
		return list;
	}
}
