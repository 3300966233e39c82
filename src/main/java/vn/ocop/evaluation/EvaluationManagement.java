package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.RuleChoice;
import vn.ocop.criteria.Scorecard;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Councils, sessions, members' scorecards and results. Checks who may do what: the provincial office (or a
 * district/commune officer for its own level) sets up councils; the chair or secretary runs a session; each
 * scoring member fills in their own scorecards.
 */
@Service
@Transactional
public class EvaluationManagement {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Councils councils;
	private final Evaluations evaluations;
	private final MemberScorings scorings;
	private final ConflictDeclarations conflicts;
	private final ProductLifecycle products;
	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final AccessScope scope;
	private final UserManagement users;
	private final Clock clock;

	EvaluationManagement(Councils councils, Evaluations evaluations, MemberScorings scorings,
			ConflictDeclarations conflicts, ProductLifecycle products, CriteriaApi criteria, GeographyApi geography,
			AccessScope scope, UserManagement users, Clock clock) {
		this.councils = councils;
		this.evaluations = evaluations;
		this.scorings = scorings;
		this.conflicts = conflicts;
		this.products = products;
		this.criteria = criteria;
		this.geography = geography;
		this.scope = scope;
		this.users = users;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- councils

	/** Sets up a council; every member must be an account with the COUNCIL_MEMBER role. */
	public CouncilView createCouncil(NewCouncil command) {
		CurrentUser user = scope.requireCurrentUser();
		boolean allowed = user.has(Role.PROVINCE_ADMIN)
				|| (user.has(Role.DISTRICT_OFFICER) && command.level() == CouncilLevel.DISTRICT)
				|| (user.has(Role.COMMUNE_OFFICER) && command.level() == CouncilLevel.COMMUNE);
		if (!allowed || !scope.covers(user, command.unitCode().strip(), java.time.LocalDate.now(clock))) {
			throw new AccessDeniedException("Not allowed to set up this council");
		}
		if (geography.versionsOf(command.unitCode().strip()).isEmpty()) {
			throw BusinessRuleException.unprocessable("geography.unit.unknown", command.unitCode());
		}
		List<CouncilMember> members = new ArrayList<>();
		for (NewCouncil.Member member : command.members()) {
			String username = member.username().strip().toLowerCase(java.util.Locale.ROOT);
			var account = users.find(username)
					.orElseThrow(() -> BusinessRuleException.unprocessable("evaluation.council.unknownMember", username));
			if (!account.roles().contains(Role.COUNCIL_MEMBER)) {
				throw BusinessRuleException.unprocessable("evaluation.council.notCouncilMember", username);
			}
			members.add(new CouncilMember(username, member.role()));
		}
		var council = new Council(command.level(), command.unitCode().strip(), command.year(), command.name(), members,
				command.rules() == null ? CouncilRules.NATIONAL : command.rules(), clock.instant(), user.username());
		return councils.save(council).toView();
	}

	/**
	 * Changes a council's operating rules (quorum, spread threshold, re-scoring): the office, or the officer of the
	 * council's own level. Sessions already opened keep the rules they were opened under.
	 */
	public CouncilView changeRules(UUID councilId, CouncilRules rules) {
		CurrentUser user = scope.requireCurrentUser();
		var council = loadCouncil(councilId);
		if (!mayManage(user, council)) {
			throw new AccessDeniedException("Not allowed to change this council's rules");
		}
		council.changeRules(rules);
		return councils.save(council).toView();
	}

	/** Whether the user may set up or change the council: the office, or the officer of its own level and area. */
	public boolean mayManage(UUID councilId) {
		return mayManage(scope.requireCurrentUser(), loadCouncil(councilId));
	}

	private boolean mayManage(CurrentUser user, Council council) {
		boolean allowed = user.has(Role.PROVINCE_ADMIN)
				|| (user.has(Role.DISTRICT_OFFICER) && council.getLevel() == CouncilLevel.DISTRICT)
				|| (user.has(Role.COMMUNE_OFFICER) && council.getLevel() == CouncilLevel.COMMUNE);
		return allowed && scope.covers(user, council.getUnitCode(), java.time.LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<CouncilView> councils() {
		CurrentUser user = scope.requireCurrentUser();
		return councils.findAllByOrderByYearDescNameAsc().stream().filter(c -> canSee(user, c)).map(Council::toView).toList();
	}

	@Transactional(readOnly = true)
	public CouncilView council(UUID id) {
		var council = loadCouncil(id);
		if (!canSee(scope.requireCurrentUser(), council)) {
			throw new AccessDeniedException("Council outside scope");
		}
		return council.toView();
	}

	// ---------------------------------------------------------------- sessions

	/**
	 * Opens a session of a council over a batch of products, which become UNDER_EVALUATION. A product qualifies
	 * if it was submitted (or comes back for renewal), or if an earlier level passed it on to this council's level;
	 * it must lie in the council's area, have a scorecard for its product set, and its regulation must give this
	 * level a role.
	 */
	public EvaluationView open(UUID councilId, List<UUID> productIds) {
		CurrentUser user = scope.requireCurrentUser();
		var council = loadCouncil(councilId);
		if (!user.has(Role.PROVINCE_ADMIN) && !council.canRun(user.username())) {
			throw new AccessDeniedException("Only the office, the chair or the secretary opens a session");
		}
		if (productIds == null || productIds.isEmpty()) {
			throw BusinessRuleException.unprocessable("evaluation.session.noProducts");
		}
		var distinct = new java.util.LinkedHashSet<>(productIds);
		Map<UUID, ProductSummary> found = products.summaries(distinct);
		for (UUID id : distinct) {
			if (!found.containsKey(id)) {
				throw BusinessRuleException.unprocessable("registry.product.notFound", id);
			}
		}
		Set<String> area = geography.codesWithin(council.getUnitCode());
		Regulation regulation = null;
		List<Scorecard> cards = new ArrayList<>();
		// in the order the office listed them (the map of summaries has none)
		List<ProductSummary> listed = distinct.stream().map(found::get).toList();
		for (ProductSummary product : listed) {
			if (!area.contains(product.communeCode())) {
				throw BusinessRuleException.unprocessable("evaluation.session.outsideArea", product.name());
			}
			requireEligible(product, council.getLevel());
			Regulation rule = ruleOf(product);
			if (regulation != null && !regulation.code().equals(rule.code())) {
				throw BusinessRuleException.unprocessable("evaluation.session.mixedRegulations", product.name(), rule.code(),
						regulation.code());
			}
			regulation = rule;
			cards.add(criteria.scorecardFor(product.productSetCode(), rule.code())
					.orElseThrow(() -> BusinessRuleException.unprocessable("evaluation.session.noScorecard", product.name(),
							product.productSetCode(), rule.code())));
		}
		if (!EscalationPolicy.hasRole(regulation, council.getLevel())) {
			throw BusinessRuleException.unprocessable("evaluation.session.levelWithoutRole", council.getLevel(),
					regulation.code());
		}
		var evaluation = new Evaluation(council.getId(), council.getLevel(), regulation.code(), council.getRules(),
				clock.instant(), user.username());
		int i = 0;
		for (ProductSummary product : listed) {
			Scorecard card = cards.get(i++);
			evaluation.addProduct(product.id(), card.code(), product.name(), product.producerName(),
					defaultCase(card, product));
			criteria.recordUse(card.code(), evaluation.getOpenedAt());
			products.startEvaluation(product.id(), user.username());
		}
		return view(evaluations.save(evaluation), council);
	}

	@Transactional(readOnly = true)
	public EvaluationView evaluation(UUID id) {
		var evaluation = loadEvaluation(id);
		var council = loadCouncil(evaluation.getCouncilId());
		requireSee(council);
		return view(evaluation, council);
	}

	/** Sessions the user may see: all for the office, the member's own councils' sessions otherwise. */
	@Transactional(readOnly = true)
	public List<EvaluationView> evaluations() {
		CurrentUser user = scope.requireCurrentUser();
		Map<UUID, Council> byId = councils.findAll().stream().collect(Collectors.toMap(Council::getId, c -> c));
		return evaluations.findAllByOrderByOpenedAtDesc().stream()
				.filter(e -> byId.containsKey(e.getCouncilId()) && canSee(user, byId.get(e.getCouncilId())))
				.map(e -> view(e, byId.get(e.getCouncilId()))).toList();
	}

	// ---------------------------------------------------------------- member scorecards

	/** The signed-in member's current scorecard for a product (an empty draft if none yet). */
	@Transactional(readOnly = true)
	public ScoringView scoring(UUID evaluationId, UUID productId) {
		var context = memberContext(evaluationId, productId);
		return scorings.findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(evaluationId, productId,
				context.username()).map(s -> s.toView(context.scorecard(), context.applicableCase()))
				.orElseGet(() -> new MemberScoring(evaluationId, productId, context.username(), 1, Map.of(), clock.instant())
						.toView(context.scorecard(), context.applicableCase()));
	}

	/**
	 * Saves the member's picks (merged into the draft; {@code null} clears one) and, with {@code submit}, submits
	 * the scorecard: 422 naming unknown criteria or options, or the unanswered criteria on submission; 409 once
	 * submitted.
	 */
	public ScoringView save(UUID evaluationId, UUID productId, Map<String, @Nullable Integer> picks, boolean submit) {
		var context = memberContext(evaluationId, productId);
		context.evaluation().requireOpen();
		requireMayScore(context);
		var scoring = scorings.findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(evaluationId, productId,
				context.username())
				.orElseGet(() -> new MemberScoring(evaluationId, productId, context.username(), 1, Map.of(), clock.instant()));
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
		var context = memberContext(evaluationId, productId);
		context.evaluation().requireOpen();
		requireMayScore(context);
		var latest = scorings.findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(evaluationId, productId,
				context.username()).filter(MemberScoring::isSubmitted)
				.orElseThrow(() -> BusinessRuleException.conflict("evaluation.scoring.nothingToRescore"));
		CouncilRules rules = context.evaluation().getRules();
		if (!divergent(latestSubmitted(scorings.findByEvaluationIdAndProductId(evaluationId, productId)),
				rules.spreadThreshold())) {
			throw BusinessRuleException.conflict("evaluation.scoring.notDivergent", rules.spreadThreshold());
		}
		if (latest.getRound() > rules.maxRescorings()) {
			throw BusinessRuleException.conflict("evaluation.scoring.noMoreRescoring", rules.maxRescorings());
		}
		var next = new MemberScoring(evaluationId, productId, context.username(), latest.getRound() + 1,
				latest.selections(), clock.instant());
		next.pick(Map.of(), context.scorecard(), context.applicableCase(), clock.instant());
		return scorings.save(next).toView(context.scorecard(), context.applicableCase());
	}

	// ---------------------------------------------------------------- council procedure

	/**
	 * Records who attended the session's meeting (chair or secretary): every member of the council, present,
	 * absent, excused or sitting out for a conflict of interest. The quorum is worked out from it.
	 */
	public EvaluationView recordAttendance(UUID evaluationId, List<Attendance> entries) {
		var run = requireRun(evaluationId);
		Set<String> scored = scorings.findByEvaluationId(evaluationId).stream().filter(MemberScoring::isSubmitted)
				.map(MemberScoring::getUsername).collect(Collectors.toSet());
		run.evaluation().recordAttendance(run.council(), entries == null ? List.of() : entries, scored, clock.instant(),
				run.username());
		return view(evaluations.save(run.evaluation()), run.council());
	}

	/**
	 * Sets which case of the "one of two cases" criteria applies to the producer (chair or secretary), before
	 * anyone has scored the product; members are then offered only that case's options.
	 */
	public EvaluationView chooseCase(UUID evaluationId, UUID productId, int caseNumber) {
		var run = requireRun(evaluationId);
		var item = item(run.evaluation(), productId);
		Scorecard scorecard = scorecard(item.getScorecardCode());
		int cases = scorecard.criteria().mapToInt(c -> c.cases().size()).max().orElse(0);
		if (caseNumber < 1 || caseNumber > Math.max(1, cases)) {
			throw BusinessRuleException.unprocessable("evaluation.case.unknown", caseNumber, scorecard.code());
		}
		boolean scored = !scorings.findByEvaluationIdAndProductId(evaluationId, productId).isEmpty();
		item.chooseCase(caseNumber, scored);
		return view(evaluations.save(run.evaluation()), run.council());
	}

	/**
	 * Records the check of the scorecard's disqualifiers before scoring (chair or secretary): passed, or the
	 * dossier is disqualified with the reason, and the product is not scored.
	 */
	public EvaluationView checkDisqualifiers(UUID evaluationId, UUID productId, boolean disqualified,
			@Nullable String reason) {
		var run = requireRun(evaluationId);
		var item = item(run.evaluation(), productId);
		boolean scored = scorings.findByEvaluationIdAndProductId(evaluationId, productId).stream()
				.anyMatch(MemberScoring::isSubmitted);
		item.checkDisqualifiers(disqualified, reason, scored, clock.instant(), run.username());
		return view(evaluations.save(run.evaluation()), run.council());
	}

	/**
	 * Records, as the chair, the council's agreed answer on criteria that carry a star marker (option 0: nothing
	 * ticked on a tick-list criterion). Without it, the answer every member or a majority gave counts.
	 */
	public EvaluationView recordAgreedAnswers(UUID evaluationId, UUID productId, Map<String, Integer> answers) {
		var run = requireChair(evaluationId);
		var item = item(run.evaluation(), productId);
		Scorecard scorecard = scorecard(item.getScorecardCode());
		List<String> bad = new ArrayList<>();
		(answers == null ? Map.<String, Integer>of() : answers).forEach((code, option) -> {
			var criterion = scorecard.criterion(code).filter(c -> !c.markedStarLevels().isEmpty());
			boolean ok = criterion.isPresent() && option != null && (option == 0
					? !MemberScoring.requiresAnswer(criterion.get(), item.getApplicableCase())
					: criterion.get().optionsOfCase(item.getApplicableCase()).stream().anyMatch(o -> o.code() == option));
			if (!ok) {
				bad.add(code + "=" + option);
			}
		});
		if (answers == null || answers.isEmpty() || !bad.isEmpty()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("invalid", bad),
					"evaluation.agreed.invalid", String.join(", ", bad));
		}
		item.recordAgreedAnswers(answers);
		return view(evaluations.save(run.evaluation()), run.council());
	}

	/**
	 * Records, as the chair, the council's agreed outcome of a divergence that re-scoring did not (or may not)
	 * settle; 409 if the members' totals are not further apart than the threshold.
	 */
	public EvaluationView settleDivergence(UUID evaluationId, UUID productId, String record) {
		var run = requireChair(evaluationId);
		var item = item(run.evaluation(), productId);
		var submitted = latestSubmitted(scorings.findByEvaluationIdAndProductId(evaluationId, productId));
		if (!divergent(submitted, run.evaluation().getRules().spreadThreshold())) {
			throw BusinessRuleException.conflict("evaluation.scoring.notDivergent",
					run.evaluation().getRules().spreadThreshold());
		}
		item.settleDivergence(record, clock.instant(), run.username());
		return view(evaluations.save(run.evaluation()), run.council());
	}

	/**
	 * What each marked criterion looks like for a product so far: the members' answers in the rounds that count and
	 * the council's answer (recorded by the chair, unanimous or by majority), or none yet.
	 */
	@Transactional(readOnly = true)
	public List<MarkedCriterion> markedCriteria(UUID evaluationId, UUID productId) {
		var evaluation = loadEvaluation(evaluationId);
		requireSee(loadCouncil(evaluation.getCouncilId()));
		var item = item(evaluation, productId);
		Scorecard scorecard = scorecard(item.getScorecardCode());
		var picks = picks(latestSubmitted(scorings.findByEvaluationIdAndProductId(evaluationId, productId)));
		List<MarkedCriterion> list = new ArrayList<>();
		for (Scorecard.Criterion criterion : scorecard.markedCriteria()) {
			Map<String, @Nullable Integer> given = new LinkedHashMap<>();
			picks.forEach(p -> given.put(p.username(), p.selections().get(criterion.code())));
			var agreed = picks.isEmpty() ? java.util.Optional.<ProductScore.AgreedAnswer>empty()
					: ScoreCalculator.agreedAnswer(criterion, picks, item.agreedAnswers());
			list.add(new MarkedCriterion(criterion.code(), criterion.name(), criterion.markedStarLevels(), given,
					agreed.map(ProductScore.AgreedAnswer::option).orElse(null),
					agreed.map(a -> a.source().name()).orElse(null),
					given.values().stream().distinct().count() > 1));
		}
		return list;
	}

	private record Run(Evaluation evaluation, Council council, String username) {
	}

	private Run requireRun(UUID evaluationId) {
		CurrentUser user = scope.requireCurrentUser();
		var evaluation = loadEvaluation(evaluationId);
		var council = loadCouncil(evaluation.getCouncilId());
		if (!council.canRun(user.username())) {
			throw new AccessDeniedException("Only the chair or the secretary records the council's procedure");
		}
		evaluation.requireOpen();
		return new Run(evaluation, council, user.username());
	}

	private Run requireChair(UUID evaluationId) {
		CurrentUser user = scope.requireCurrentUser();
		var evaluation = loadEvaluation(evaluationId);
		var council = loadCouncil(evaluation.getCouncilId());
		if (!council.chair().equals(user.username())) {
			throw new AccessDeniedException("Only the chair records the council's agreed outcome");
		}
		evaluation.requireOpen();
		return new Run(evaluation, council, user.username());
	}

	private static EvaluationItem item(Evaluation evaluation, UUID productId) {
		return evaluation.item(productId)
				.orElseThrow(() -> new NotFoundException("evaluation.session.productNotOnAgenda", productId));
	}

	/**
	 * The case of "one of two cases" criteria a product starts with: the household-business case for a household
	 * business (1048 A3.2), otherwise the first; the chair or the secretary can change it before scoring.
	 */
	private int defaultCase(Scorecard scorecard, ProductSummary product) {
		var legalForm = products.producer(product.producerId()).legalForm();
		if (legalForm == vn.ocop.registry.LegalForm.HOUSEHOLD_BUSINESS) {
			return scorecard.criteria().flatMap(c -> c.cases().stream())
					.filter(c -> c.label().toLowerCase(java.util.Locale.ROOT).matches("(?s).*(household|hộ ).*"))
					.map(Scorecard.Case::number).findFirst().orElse(1);
		}
		return 1;
	}

	/** Refuses scoring by a member recorded as not taking part, and of a product disqualified or not yet checked. */
	private void requireMayScore(MemberContext context) {
		var attendance = context.evaluation().attendanceOf(context.username());
		if (attendance.isPresent() && !attendance.get().takesPart()) {
			throw BusinessRuleException.conflict("evaluation.attendance.notPresent");
		}
		var item = item(context.evaluation(), context.productId());
		if (item.isDisqualified()) {
			throw BusinessRuleException.conflict("evaluation.disqualifier.disqualified", item.getProductName(),
					String.valueOf(item.getDisqualificationReason()));
		}
		if (!context.scorecard().disqualifiers().isEmpty() && !item.disqualifiersChecked()) {
			throw BusinessRuleException.conflict("evaluation.disqualifier.notChecked", item.getProductName());
		}
	}

	/** The member declares a conflict of interest and does not score the product. */
	public void declareConflict(UUID evaluationId, UUID productId, String reason) {
		var context = memberContext(evaluationId, productId);
		context.evaluation().requireOpen();
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("registry.product.reasonRequired");
		}
		var existing = scorings.findByEvaluationIdAndProductId(evaluationId, productId).stream()
				.filter(s -> s.getUsername().equals(context.username())).toList();
		if (existing.stream().anyMatch(MemberScoring::isSubmitted)) {
			throw BusinessRuleException.conflict("evaluation.conflict.afterScoring");
		}
		scorings.deleteAll(existing);
		conflicts.save(new ConflictDeclaration(evaluationId, productId, context.username(), reason.strip(), clock.instant()));
	}

	// ---------------------------------------------------------------- progress, closing, results

	@Transactional(readOnly = true)
	public Progress progress(UUID evaluationId) {
		var evaluation = loadEvaluation(evaluationId);
		var council = loadCouncil(evaluation.getCouncilId());
		requireSee(council);
		var all = scorings.findByEvaluationId(evaluationId);
		var declared = conflicts.findByEvaluationId(evaluationId);
		List<String> members = council.scoringMembers().stream().map(CouncilMember::username).toList();
		int threshold = evaluation.getRules().spreadThreshold();
		boolean quorum = evaluation.quorum(council);
		List<Progress.Row> rows = new ArrayList<>();
		boolean ready = evaluation.getStatus() == EvaluationStatus.OPEN && quorum;
		for (EvaluationItem item : evaluation.getItems()) {
			var forProduct = all.stream().filter(s -> s.getProductId().equals(item.getProductId())).toList();
			Set<String> conflicted = declared.stream().filter(c -> c.getProductId().equals(item.getProductId()))
					.map(ConflictDeclaration::getUsername).collect(Collectors.toSet());
			List<Progress.Cell> cells = new ArrayList<>();
			for (String member : members) {
				var latest = forProduct.stream().filter(s -> s.getUsername().equals(member))
						.max(Comparator.comparingInt(MemberScoring::getRound));
				if (conflicted.contains(member)) {
					cells.add(new Progress.Cell(member, Progress.State.CONFLICT, null, 0, 0));
				}
				else if (latest.isEmpty()) {
					cells.add(new Progress.Cell(member, Progress.State.NOT_STARTED, null, 0, 0));
				}
				else {
					var s = latest.get();
					cells.add(new Progress.Cell(member, s.isSubmitted() ? Progress.State.SUBMITTED : Progress.State.DRAFT,
							s.getTotal(), s.selections().size(), s.getRound()));
				}
			}
			var submitted = latestSubmitted(forProduct);
			BigDecimal mean = submitted.isEmpty() ? null
					: ScoreCalculator.mean(submitted.values().stream().mapToInt(MemberScoring::getTotal).sum(), submitted.size());
			boolean divergent = divergent(submitted, threshold);
			boolean settled = !divergent || item.getDivergenceRecord() != null;
			Scorecard scorecard = scorecard(item.getScorecardCode());
			List<String> undecided = ScoreCalculator.undecided(scorecard, picks(submitted), item.agreedAnswers());
			List<String> missing = item.isDisqualified() ? List.of() : missingScorers(evaluation, council, item, submitted, conflicted);
			boolean checked = scorecard.disqualifiers().isEmpty() || item.disqualifiersChecked();
			rows.add(new Progress.Row(item.getProductId(), item.getProductName(), cells, mean, divergent, quorum, settled,
					undecided, missing, item.isDisqualified(), checked));
			ready &= item.isDisqualified()
					|| (!submitted.isEmpty() && missing.isEmpty() && settled && undecided.isEmpty() && checked);
		}
		return new Progress(evaluationId, evaluation.getStatus(), members, rows, ready, evaluation.attendanceRecorded(),
				quorum, evaluation.getRules());
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
		CurrentUser user = scope.requireCurrentUser();
		var evaluation = loadEvaluation(evaluationId);
		var council = loadCouncil(evaluation.getCouncilId());
		if (!council.canRun(user.username())) {
			throw new AccessDeniedException("Only the chair or the secretary closes a session");
		}
		evaluation.requireOpen();
		Regulation regulation = criteria.regulation(evaluation.getRegulationCode()).orElseThrow();
		CouncilRules rules = evaluation.getRules();
		var all = scorings.findByEvaluationId(evaluationId);
		var declared = conflicts.findByEvaluationId(evaluationId);
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
			Scorecard scorecard = scorecard(item.getScorecardCode());
			var forProduct = all.stream().filter(s -> s.getProductId().equals(item.getProductId())).toList();
			var submitted = latestSubmitted(forProduct);
			Set<String> conflicted = declared.stream().filter(c -> c.getProductId().equals(item.getProductId()))
					.map(ConflictDeclaration::getUsername).collect(Collectors.toSet());
			if (!quorum) {
				withoutQuorum.add(item.getProductName());
			}
			if (!scorecard.disqualifiers().isEmpty() && !item.disqualifiersChecked()) {
				unchecked.add(item.getProductName());
			}
			List<String> missing = missingScorers(evaluation, council, item, submitted, conflicted);
			if (submitted.isEmpty() || !missing.isEmpty()) {
				unscored.add(missing.isEmpty() ? item.getProductName()
						: item.getProductName() + " (" + String.join(", ", missing) + ")");
			}
			else {
				if (divergent(submitted, rules.spreadThreshold()) && item.getDivergenceRecord() == null) {
					unsettled.add(item.getProductName());
				}
				List<String> open = ScoreCalculator.undecided(scorecard, picks(submitted), item.agreedAnswers());
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
		for (EvaluationItem item : evaluation.getItems()) {
			if (item.isDisqualified()) {
				String reason = String.valueOf(item.getDisqualificationReason());
				item.record(ProductScore.disqualified(reason), Outcome.DISQUALIFIED, null,
						JSON.writeValueAsString(ProductScore.disqualified(reason)));
				products.recordRating(item.getProductId(), false, 0, user.username(),
						council.getName() + ": hồ sơ bị loại — " + reason);
				continue;
			}
			Scorecard scorecard = scorecard(item.getScorecardCode());
			var forProduct = all.stream().filter(s -> s.getProductId().equals(item.getProductId())).toList();
			var latest = counted.get(item.getProductId());
			ProductScore scored = ScoreCalculator.score(scorecard, picks(latest), item.agreedAnswers(),
					rules.spreadThreshold());
			ProductScore result = withHistory(scored, forProduct, latest, item, rules.spreadThreshold());
			var decision = EscalationPolicy.decide(regulation, evaluation.getLevel(), result.stars());
			item.record(result, decision.outcome(), decision.escalateTo(), JSON.writeValueAsString(result));
			String reason = council.getName() + ": " + result.score() + " điểm, " + result.stars() + "★"
					+ (result.capped() ? " (" + result.bandStars() + "★ theo điểm, giới hạn bởi tiêu chí "
							+ result.cappedBy().stream().map(ProductScore.Shortfall::criterion).collect(Collectors.joining(", "))
							+ ")" : "");
			switch (decision.outcome()) {
				case RATED -> products.recordRating(item.getProductId(), true, result.stars(), user.username(), reason);
				case NOT_RATED -> products.recordRating(item.getProductId(), false, result.stars(), user.username(), reason);
				default -> {
					// stays under evaluation until the next level's council scores it
				}
			}
		}
		evaluation.close(clock.instant(), user.username());
		evaluations.save(evaluation);
		return results(evaluation);
	}

	/** The result with the earlier rounds and how a divergence was settled. */
	private static ProductScore withHistory(ProductScore result, List<MemberScoring> forProduct,
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

	/** The members present who neither submitted a scorecard for the product nor declared a conflict. */
	private static List<String> missingScorers(Evaluation evaluation, Council council, EvaluationItem item,
			Map<String, MemberScoring> submitted, Set<String> conflicted) {
		if (!evaluation.attendanceRecorded()) {
			return List.of();
		}
		return council.scoringMembers().stream().map(CouncilMember::username)
				.filter(u -> evaluation.attendanceOf(u).map(AttendanceStatus::takesPart).orElse(false))
				.filter(u -> !submitted.containsKey(u) && !conflicted.contains(u)).toList();
	}

	private static List<ScoreCalculator.Picks> picks(Map<String, MemberScoring> submitted) {
		return submitted.values().stream().sorted(Comparator.comparing(MemberScoring::getUsername))
				.map(s -> new ScoreCalculator.Picks(s.getUsername(), s.getRound(), s.selections())).toList();
	}

	@Transactional(readOnly = true)
	public SessionResults results(UUID evaluationId) {
		var evaluation = loadEvaluation(evaluationId);
		requireSee(loadCouncil(evaluation.getCouncilId()));
		return results(evaluation);
	}

	/**
	 * Every level's results for one product, oldest first (for the producer and the officers), with the points
	 * still missing to the next star.
	 */
	@Transactional(readOnly = true)
	public List<ProductEvaluation> productEvaluations(UUID productId) {
		CurrentUser user = scope.requireCurrentUser();
		var product = products.summary(productId);
		boolean producer = user.has(Role.PRODUCER) && products.isManagedBy(productId, user.username());
		boolean officer = (user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER)
				|| user.has(Role.COMMUNE_OFFICER) || user.has(Role.COUNCIL_MEMBER) || user.has(Role.INSPECTOR))
				&& scope.covers(user, product.communeCode(), product.unitDate());
		if (!producer && !officer) {
			throw new AccessDeniedException("Product outside scope");
		}
		List<ProductEvaluation> list = new ArrayList<>();
		for (Evaluation evaluation : evaluations.findByProduct(productId)) {
			if (evaluation.getStatus() != EvaluationStatus.CLOSED) {
				continue;
			}
			var council = loadCouncil(evaluation.getCouncilId());
			var item = evaluation.item(productId).orElseThrow();
			var result = JSON.readValue(item.getResultJson(), ProductScore.class);
			Scorecard scorecard = scorecard(item.getScorecardCode());
			Integer nextStars = result.isDisqualified() || result.stars() >= 5 ? null : result.stars() + 1;
			BigDecimal gap = nextStars == null || result.score() == null ? null : scorecard.minScoreFor(nextStars)
					.map(min -> BigDecimal.valueOf(min).subtract(result.score()).max(BigDecimal.ZERO)).orElse(null);
			list.add(new ProductEvaluation(evaluation.getId(), council.getName(), evaluation.getLevel(),
					evaluation.getClosedAt(), item.getScorecardCode(), result, item.getOutcome(), item.getEscalatedTo(),
					nextStars, gap));
		}
		return list;
	}

	// ---------------------------------------------------------------- internals

	record MemberContext(Evaluation evaluation, Council council, String username, Scorecard scorecard, UUID productId,
			int applicableCase) {
	}

	private MemberContext memberContext(UUID evaluationId, UUID productId) {
		CurrentUser user = scope.requireCurrentUser();
		var evaluation = loadEvaluation(evaluationId);
		var council = loadCouncil(evaluation.getCouncilId());
		var member = council.member(user.username())
				.orElseThrow(() -> new AccessDeniedException("Not a member of the council"));
		if (!member.role().scores()) {
			throw new AccessDeniedException("The secretary does not score");
		}
		var item = evaluation.item(productId)
				.orElseThrow(() -> new NotFoundException("evaluation.session.productNotOnAgenda", productId));
		if (conflicts.existsByEvaluationIdAndProductIdAndUsername(evaluationId, productId, user.username())) {
			throw BusinessRuleException.conflict("evaluation.conflict.declared");
		}
		return new MemberContext(evaluation, council, user.username(), scorecard(item.getScorecardCode()), productId,
				item.getApplicableCase());
	}

	private void requireEligible(ProductSummary product, CouncilLevel level) {
		ProductStatus status = product.status();
		if (status == ProductStatus.SUBMITTED || status == ProductStatus.EXPIRED || status == ProductStatus.CERTIFIED) {
			return;
		}
		if (status == ProductStatus.UNDER_EVALUATION) {
			var history = evaluations.findByProduct(product.id());
			if (history.stream().anyMatch(e -> e.getStatus() == EvaluationStatus.OPEN)) {
				throw BusinessRuleException.conflict("evaluation.session.alreadyOnAgenda", product.name());
			}
			var last = history.isEmpty() ? null : history.get(history.size() - 1).item(product.id()).orElse(null);
			if (last != null && last.getOutcome() == Outcome.ESCALATED && last.getEscalatedTo() == level) {
				return;
			}
		}
		throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("currentStatus", status.name()),
				"evaluation.session.notEligible", product.name(), status.name());
	}

	/**
	 * Whether a session opened now has a scorecard to score the product on: the newest published version for its set
	 * under the regulation of its dossier. A product that cannot be evaluated now for another reason counts as having
	 * one, so that opening the session names that reason instead.
	 */
	@Transactional(readOnly = true)
	public boolean hasScorecardForSession(ProductSummary product) {
		try {
			return criteria.scorecardFor(product.productSetCode(), ruleOf(product).code()).isPresent();
		}
		catch (BusinessRuleException e) {
			return true;
		}
	}

	/**
	 * The regulation a product is evaluated under: for a product passed on from a lower level, the one of that
	 * level's session; otherwise the one chosen by its dossier's filing day and type (26/2026/QĐ-TTg Điều 12), never
	 * the one of its registration. A transitional dossier (filed before 22/5/2026) past the day it had to be
	 * finished by is refused: it is filed again under the regulation in force.
	 */
	private Regulation ruleOf(ProductSummary product) {
		if (product.status() == ProductStatus.UNDER_EVALUATION) {
			var history = evaluations.findByProduct(product.id());
			return criteria.regulation(history.get(history.size() - 1).getRegulationCode()).orElseThrow();
		}
		boolean filed = product.filedOn() != null && product.dossierType() != null
				&& (product.status() == ProductStatus.SUBMITTED || product.renewalFiled());
		if (!filed) {
			throw BusinessRuleException.conflict("evaluation.session.notFiled", product.name());
		}
		RuleChoice rule = criteria.ruleFor(product.filedOn(), product.dossierType());
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		if (rule.transitional() && rule.finishBy() != null && today.isAfter(rule.finishBy())) {
			throw BusinessRuleException.conflict("evaluation.session.transitionOver", product.name(),
					DAY.format(product.filedOn()), rule.regulation().code(), DAY.format(rule.finishBy()),
					String.valueOf(rule.successor()));
		}
		return rule.regulation();
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Each member's latest submitted scorecard. */
	private static Map<String, MemberScoring> latestSubmitted(List<MemberScoring> forProduct) {
		Map<String, MemberScoring> latest = new HashMap<>();
		for (MemberScoring scoring : forProduct) {
			if (scoring.isSubmitted()) {
				latest.merge(scoring.getUsername(), scoring, (a, b) -> a.getRound() >= b.getRound() ? a : b);
			}
		}
		return latest;
	}

	private static boolean divergent(Map<String, MemberScoring> submitted, int threshold) {
		if (submitted.size() < 2) {
			return false;
		}
		int max = submitted.values().stream().mapToInt(MemberScoring::getTotal).max().orElse(0);
		int min = submitted.values().stream().mapToInt(MemberScoring::getTotal).min().orElse(0);
		return max - min > threshold;
	}

	private SessionResults results(Evaluation evaluation) {
		List<SessionResults.Result> results = new ArrayList<>();
		for (EvaluationItem item : evaluation.getItems()) {
			if (item.getResultJson() == null) {
				continue;
			}
			var score = JSON.readValue(item.getResultJson(), ProductScore.class);
			results.add(new SessionResults.Result(item.getProductId(), item.getProductName(), item.getProducerName(),
					score.score(), score.stars(), score.divergent(), item.getOutcome(), item.getEscalatedTo(),
					score.members(), score.parts(), score.groups(), score));
		}
		return new SessionResults(evaluation.getId(), evaluation.getLevel(), evaluation.getStatus(), results);
	}

	private EvaluationView view(Evaluation evaluation, Council council) {
		return new EvaluationView(evaluation.getId(), council.getId(), council.getName(), evaluation.getLevel(),
				evaluation.getRegulationCode(), evaluation.getStatus(), evaluation.getOpenedAt(), evaluation.getClosedAt(),
				evaluation.getItems().stream().map(i -> new EvaluationView.Item(i.getProductId(), i.getProductName(),
						i.getProducerName(), i.getScorecardCode(), i.getScore(), i.getStars(), i.getOutcome(),
						i.getEscalatedTo(), i.isDivergent(), i.getApplicableCase(), i.getDisqualifiersCheckedAt() != null,
						i.isDisqualified(), i.getDisqualificationReason(), i.agreedAnswers(), i.getDivergenceRecord()))
						.toList(),
				evaluation.getRules(), evaluation.getAttendance(), evaluation.getAttendanceRecordedAt(),
				evaluation.getAttendanceRecordedBy());
	}

	private boolean canSee(CurrentUser user, Council council) {
		if (council.member(user.username()).isPresent()) {
			return true;
		}
		return (user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER))
				&& scope.covers(user, council.getUnitCode(), java.time.LocalDate.now(clock));
	}

	private void requireSee(Council council) {
		if (!canSee(scope.requireCurrentUser(), council)) {
			throw new AccessDeniedException("Council outside scope");
		}
	}

	private Scorecard scorecard(String code) {
		return criteria.scorecard(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
	}

	private Council loadCouncil(UUID id) {
		return councils.findById(id).orElseThrow(() -> new NotFoundException("evaluation.council.notFound", id));
	}

	private Evaluation loadEvaluation(UUID id) {
		return evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation.session.notFound", id));
	}
}
