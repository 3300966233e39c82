package vn.ocop.evaluation;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;

/**
 * A council member's scoring (chấm điểm) of the products on a session's agenda: the scorecard saved as they go and
 * submitted once, a new round after the council discussed a divergence, or a declared conflict of interest instead.
 */
@Service
@Transactional
public class Scoring {

	private final MemberScorings scorings;
	private final ConflictDeclarations conflicts;
	private final EvaluationAccess access;
	private final Clock clock;

	Scoring(MemberScorings scorings, ConflictDeclarations conflicts, EvaluationAccess access, Clock clock) {
		this.scorings = scorings;
		this.conflicts = conflicts;
		this.access = access;
		this.clock = clock;
	}

	/** The signed-in member's current scorecard for a product (an empty draft if none yet). */
	@Transactional(readOnly = true)
	public ScoringView scoring(UUID evaluationId, UUID productId) {
		var context = access.member(evaluationId, productId);
		return latest(context).map(s -> s.toView(context.scorecard(), context.applicableCase()))
				.orElseGet(() -> draft(context).toView(context.scorecard(), context.applicableCase()));
	}

	/**
	 * Saves the member's picks (merged into the draft; {@code null} clears one) and, with {@code submit}, submits
	 * the scorecard: 422 naming unknown criteria or options, or the unanswered criteria on submission; 409 once
	 * submitted.
	 */
	public ScoringView save(UUID evaluationId, UUID productId, Map<String, @Nullable Integer> picks, boolean submit) {
		var context = access.member(evaluationId, productId);
		context.evaluation().requireOpen();
		requireMayScore(context);
		var scoring = latest(context).orElseGet(() -> draft(context));
		scoring.pick(picks == null ? Map.of() : picks, context.scorecard(), context.applicableCase(), clock.instant());
		if (submit) {
			scoring.submit(context.scorecard(), context.applicableCase(), clock.instant());
		}
		return scorings.save(scoring).toView(context.scorecard(), context.applicableCase());
	}

	/**
	 * Starts a new round for the member after the council discussed a divergence (totals further apart than the
	 * session's spread threshold), as many times as the council's rules allow; the earlier round is kept and the
	 * new one starts from its picks.
	 */
	public ScoringView rescore(UUID evaluationId, UUID productId) {
		var context = access.member(evaluationId, productId);
		context.evaluation().requireOpen();
		requireMayScore(context);
		var latest = latest(context).filter(MemberScoring::isSubmitted)
				.orElseThrow(() -> BusinessRuleException.conflict("evaluation.scoring.nothingToRescore"));
		CouncilRules rules = context.evaluation().getRules();
		if (!Submissions.divergent(Submissions.latest(scorings.findByEvaluationIdAndProductId(evaluationId, productId)),
				rules.spreadThreshold())) {
			throw BusinessRuleException.conflict("evaluation.scoring.notDivergent", rules.spreadThreshold());
		}
		var next = latest.nextRound(rules.maxRescorings(), clock.instant());
		next.pick(Map.of(), context.scorecard(), context.applicableCase(), clock.instant());
		return scorings.save(next).toView(context.scorecard(), context.applicableCase());
	}

	/** The member declares a conflict of interest and does not score the product. */
	public void declareConflict(UUID evaluationId, UUID productId, String reason) {
		var context = access.member(evaluationId, productId);
		context.evaluation().requireOpen();
		var declaration = new ConflictDeclaration(evaluationId, productId, context.username(), reason, clock.instant());
		var existing = scorings.findByEvaluationIdAndProductId(evaluationId, productId).stream()
				.filter(s -> s.getUsername().equals(context.username())).toList();
		if (existing.stream().anyMatch(MemberScoring::isSubmitted)) {
			throw BusinessRuleException.conflict("evaluation.conflict.afterScoring");
		}
		scorings.deleteAll(existing);
		conflicts.save(declaration);
	}

	private java.util.Optional<MemberScoring> latest(EvaluationAccess.MemberContext context) {
		return scorings.findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(context.evaluation().getId(),
				context.productId(), context.username());
	}

	private MemberScoring draft(EvaluationAccess.MemberContext context) {
		return new MemberScoring(context.evaluation().getId(), context.productId(), context.username(), 1, Map.of(),
				clock.instant());
	}

	/** Refuses scoring by a member recorded as not taking part, and of a product disqualified or not yet checked. */
	private static void requireMayScore(EvaluationAccess.MemberContext context) {
		var attendance = context.evaluation().attendanceOf(context.username());
		if (attendance.isPresent() && !attendance.get().takesPart()) {
			throw BusinessRuleException.conflict("evaluation.attendance.notPresent");
		}
		context.item().requireScorable(!context.scorecard().disqualifiers().isEmpty());
	}
}
