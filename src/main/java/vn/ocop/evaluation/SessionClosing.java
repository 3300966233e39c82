package vn.ocop.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.Scorecard;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;

/**
 * Closing a session (kết thúc phiên): refused, naming every reason, until the council's procedure is complete;
 * then each product's score, stars and outcome are recorded on the session, which publishes
 * {@link EvaluationClosed} (the registry follows through {@code RatingRecorder}; producers are told through
 * {@code EvaluationNotices}).
 */
@Service
@Transactional
public class SessionClosing {

	private final Evaluations evaluations;
	private final MemberScorings scorings;
	private final ConflictDeclarations conflicts;
	private final EvaluationAccess access;
	private final CriteriaApi criteria;
	private final Clock clock;

	SessionClosing(Evaluations evaluations, MemberScorings scorings, ConflictDeclarations conflicts,
			EvaluationAccess access, CriteriaApi criteria, Clock clock) {
		this.evaluations = evaluations;
		this.scorings = scorings;
		this.conflicts = conflicts;
		this.access = access;
		this.criteria = criteria;
		this.clock = clock;
	}

	/**
	 * Closes the session (chair or secretary). 409, listing every reason, while: the attendance is not recorded or
	 * the members present do not make the quorum of the council's rules; a product's disqualifiers are not checked;
	 * a member present has neither submitted a scorecard for a product nor declared a conflict; members' totals are
	 * further apart than the spread threshold and neither re-scoring nor the chair's record settled it; or members
	 * differ on a criterion carrying a star marker with no majority and no answer recorded by the chair. Records
	 * each product's score, stars (the band capped by the star minimums) and outcome, moves products that a level
	 * recognised to RATED or NOT_RATED, a disqualified one to NOT_RATED, and leaves those passed on to a higher
	 * level under evaluation.
	 */
	public SessionResults close(UUID evaluationId) {
		CurrentUser user = access.user();
		var evaluation = access.evaluation(evaluationId);
		var council = access.council(evaluation.getCouncilId());
		if (!council.canRun(user.username())) {
			throw new AccessDeniedException("Only the chair or the secretary closes a session");
		}
		evaluation.requireOpen();
		Regulation regulation = criteria.regulation(evaluation.getRegulationCode()).orElseThrow();
		CouncilRules rules = evaluation.getRules();
		var all = scorings.findByEvaluationId(evaluationId);
		Map<UUID, Map<String, MemberScoring>> counted = requireReady(evaluation, council, all);
		for (EvaluationItem item : evaluation.getItems()) {
			if (item.isDisqualified()) {
				item.record(ProductScore.disqualified(String.valueOf(item.getDisqualificationReason())),
						Outcome.DISQUALIFIED, null);
				continue;
			}
			Scorecard scorecard = access.scorecard(item.getScorecardCode());
			var latest = counted.get(item.getProductId());
			ProductScore scored = ScoreCalculator.score(scorecard, Submissions.picks(latest), item.agreedAnswers(),
					rules.spreadThreshold());
			ProductScore result = DivergenceSettlement.withHistory(scored, Submissions.of(all, item.getProductId()), latest,
					item, rules.spreadThreshold());
			var decision = EscalationPolicy.decide(regulation, evaluation.getLevel(), result.stars());
			item.record(result, decision.outcome(), decision.escalateTo());
		}
		evaluation.close(clock.instant(), user.username());
		evaluations.save(evaluation);
		return EvaluationResults.results(evaluation);
	}

	/**
	 * The scorecards that count for each product not disqualified; 409 listing every reason the session cannot close
	 * yet.
	 */
	private Map<UUID, Map<String, MemberScoring>> requireReady(Evaluation evaluation, Council council,
			List<MemberScoring> all) {
		CouncilRules rules = evaluation.getRules();
		var declared = conflicts.findByEvaluationId(evaluation.getId());
		List<String> unscored = new ArrayList<>();
		List<String> unchecked = new ArrayList<>();
		List<String> unsettled = new ArrayList<>();
		List<String> undecided = new ArrayList<>();
		List<String> withoutQuorum = new ArrayList<>();
		boolean quorum = evaluation.quorum(council);
		Map<UUID, Map<String, MemberScoring>> counted = new HashMap<>();
		for (EvaluationItem item : evaluation.getItems()) {
			if (item.isDisqualified()) {
				continue;
			}
			Scorecard scorecard = access.scorecard(item.getScorecardCode());
			var submitted = Submissions.latest(Submissions.of(all, item.getProductId()));
			Set<String> conflicted = Submissions.conflicted(declared, item.getProductId());
			if (!quorum) {
				withoutQuorum.add(item.getProductName());
			}
			if (!scorecard.disqualifiers().isEmpty() && !item.disqualifiersChecked()) {
				unchecked.add(item.getProductName());
			}
			List<String> missing = Submissions.missingScorers(evaluation, council, submitted, conflicted);
			if (submitted.isEmpty() || !missing.isEmpty()) {
				unscored.add(missing.isEmpty() ? item.getProductName()
						: item.getProductName() + " (" + String.join(", ", missing) + ")");
			}
			else {
				if (Submissions.divergent(submitted, rules.spreadThreshold()) && item.getDivergenceRecord() == null) {
					unsettled.add(item.getProductName());
				}
				List<String> open = ScoreCalculator.undecided(scorecard, Submissions.picks(submitted), item.agreedAnswers());
				if (!open.isEmpty()) {
					undecided.add(item.getProductName() + " (" + String.join(", ", open) + ")");
				}
			}
			counted.put(item.getProductId(), submitted);
		}
		if (!evaluation.attendanceRecorded() || !unscored.isEmpty() || !withoutQuorum.isEmpty() || !unchecked.isEmpty()
				|| !unsettled.isEmpty() || !undecided.isEmpty()) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("attendanceRecorded", evaluation.attendanceRecorded());
			properties.put("quorum", quorum);
			properties.put("unscored", unscored);
			properties.put("withoutQuorum", withoutQuorum);
			properties.put("unchecked", unchecked);
			properties.put("unsettled", unsettled);
			properties.put("undecided", undecided);
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, properties, "evaluation.session.notReady",
					evaluation.attendanceRecorded() ? (quorum ? "✓" : "✗") : "—", String.join(", ", unscored),
					String.join(", ", unchecked), String.join(", ", unsettled), String.join(", ", undecided),
					rules.spreadThreshold());
		}
		return counted;
	}
}
