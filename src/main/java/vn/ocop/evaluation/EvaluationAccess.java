package vn.ocop.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.NotFoundException;

/**
 * Who may see and do what in the evaluation, in one place: loading councils and sessions (404 when unknown), seeing
 * a council (its members, or an officer of its area), running its sessions (the chair or the secretary), recording
 * the council's agreed outcomes (the chair), and scoring (a scoring member without a declared conflict).
 */
@Component
class EvaluationAccess {

	private final Councils councils;
	private final Evaluations evaluations;
	private final ConflictDeclarations conflicts;
	private final CriteriaApi criteria;
	private final AccessScope scope;
	private final Clock clock;

	EvaluationAccess(Councils councils, Evaluations evaluations, ConflictDeclarations conflicts, CriteriaApi criteria,
			AccessScope scope, Clock clock) {
		this.councils = councils;
		this.evaluations = evaluations;
		this.conflicts = conflicts;
		this.criteria = criteria;
		this.scope = scope;
		this.clock = clock;
	}

	/** A session with its council, as the signed-in user acts on it. */
	record Run(Evaluation evaluation, Council council, String username) {
	}

	/** A scoring member's view of one product of a session. */
	record MemberContext(Evaluation evaluation, Council council, String username, Scorecard scorecard, UUID productId,
			int applicableCase) {

		EvaluationItem item() {
			return EvaluationAccess.item(evaluation, productId);
		}
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Council council(UUID id) {
		return councils.findById(id).orElseThrow(() -> new NotFoundException("evaluation.council.notFound", id));
	}

	Evaluation evaluation(UUID id) {
		return evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation.session.notFound", id));
	}

	Scorecard scorecard(String code) {
		return criteria.scorecard(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
	}

	static EvaluationItem item(Evaluation evaluation, UUID productId) {
		return evaluation.item(productId)
				.orElseThrow(() -> new NotFoundException("evaluation.session.productNotOnAgenda", productId));
	}

	/** Whether the user may set up councils of the level at the unit: the office, or the officer of that level and area. */
	boolean mayManage(CurrentUser user, CouncilLevel level, String unitCode) {
		boolean allowed = user.has(Role.PROVINCE_ADMIN)
				|| (user.has(Role.DISTRICT_OFFICER) && level == CouncilLevel.DISTRICT)
				|| (user.has(Role.COMMUNE_OFFICER) && level == CouncilLevel.COMMUNE);
		return allowed && scope.covers(user, unitCode, today());
	}

	/** Whether the user sees the council and its sessions: its members, and the officers of its area. */
	boolean canSee(CurrentUser user, Council council) {
		if (council.member(user.username()).isPresent()) {
			return true;
		}
		return (user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER))
				&& scope.covers(user, council.getUnitCode(), today());
	}

	void requireSee(Council council) {
		if (!canSee(user(), council)) {
			throw new AccessDeniedException("Council outside scope");
		}
	}

	/** The open session for its chair or secretary, who record the council's procedure. */
	Run requireRun(UUID evaluationId) {
		CurrentUser user = user();
		var evaluation = evaluation(evaluationId);
		var council = council(evaluation.getCouncilId());
		if (!council.canRun(user.username())) {
			throw new AccessDeniedException("Only the chair or the secretary records the council's procedure");
		}
		evaluation.requireOpen();
		return new Run(evaluation, council, user.username());
	}

	/** The open session for its chair, who records the council's agreed outcomes. */
	Run requireChair(UUID evaluationId) {
		CurrentUser user = user();
		var evaluation = evaluation(evaluationId);
		var council = council(evaluation.getCouncilId());
		if (!council.chair().equals(user.username())) {
			throw new AccessDeniedException("Only the chair records the council's agreed outcome");
		}
		evaluation.requireOpen();
		return new Run(evaluation, council, user.username());
	}

	/**
	 * The signed-in member's context for scoring a product: 403 for anyone but a scoring member of the council, 404
	 * for a product not on the agenda, 409 once the member declared a conflict of interest on it.
	 */
	MemberContext member(UUID evaluationId, UUID productId) {
		CurrentUser user = user();
		var evaluation = evaluation(evaluationId);
		var council = council(evaluation.getCouncilId());
		var member = council.member(user.username())
				.orElseThrow(() -> new AccessDeniedException("Not a member of the council"));
		if (!member.role().scores()) {
			throw new AccessDeniedException("The secretary does not score");
		}
		var item = item(evaluation, productId);
		if (conflicts.existsByEvaluationIdAndProductIdAndUsername(evaluationId, productId, user.username())) {
			throw vn.ocop.shared.BusinessRuleException.conflict("evaluation.conflict.declared");
		}
		return new MemberContext(evaluation, council, user.username(), scorecard(item.getScorecardCode()), productId,
				item.getApplicableCase());
	}
}
