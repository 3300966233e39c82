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
				clock.instant(), user.username());
		return councils.save(council).toView();
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
		for (ProductSummary product : found.values()) {
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
		var evaluation = new Evaluation(council.getId(), council.getLevel(), regulation.code(), clock.instant(),
				user.username());
		int i = 0;
		for (ProductSummary product : found.values()) {
			evaluation.addProduct(product.id(), cards.get(i++).code(), product.name(), product.producerName());
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
				context.username()).map(s -> s.toView(context.scorecard()))
				.orElseGet(() -> new MemberScoring(evaluationId, productId, context.username(), 1, Map.of(), clock.instant())
						.toView(context.scorecard()));
	}

	/**
	 * Saves the member's picks (merged into the draft; {@code null} clears one) and, with {@code submit}, submits
	 * the scorecard: 422 naming unknown criteria or options, or the unanswered criteria on submission; 409 once
	 * submitted.
	 */
	public ScoringView save(UUID evaluationId, UUID productId, Map<String, @Nullable Integer> picks, boolean submit) {
		var context = memberContext(evaluationId, productId);
		context.evaluation().requireOpen();
		var scoring = scorings.findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(evaluationId, productId,
				context.username())
				.orElseGet(() -> new MemberScoring(evaluationId, productId, context.username(), 1, Map.of(), clock.instant()));
		scoring.pick(picks == null ? Map.of() : picks, context.scorecard(), clock.instant());
		if (submit) {
			scoring.submit(context.scorecard(), clock.instant());
		}
		return scorings.save(scoring).toView(context.scorecard());
	}

	/**
	 * Starts a new round for the member after the council discussed a divergence (totals more than 10 points
	 * apart); the earlier round is kept and the new one starts from its picks.
	 */
	public ScoringView rescore(UUID evaluationId, UUID productId) {
		var context = memberContext(evaluationId, productId);
		context.evaluation().requireOpen();
		var latest = scorings.findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(evaluationId, productId,
				context.username()).filter(MemberScoring::isSubmitted)
				.orElseThrow(() -> BusinessRuleException.conflict("evaluation.scoring.nothingToRescore"));
		if (!divergent(latestSubmitted(scorings.findByEvaluationIdAndProductId(evaluationId, productId)))) {
			throw BusinessRuleException.conflict("evaluation.scoring.notDivergent");
		}
		var next = new MemberScoring(evaluationId, productId, context.username(), latest.getRound() + 1,
				latest.selections(), clock.instant());
		next.pick(Map.of(), context.scorecard(), clock.instant());
		return scorings.save(next).toView(context.scorecard());
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
		List<Progress.Row> rows = new ArrayList<>();
		boolean ready = evaluation.getStatus() == EvaluationStatus.OPEN;
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
			boolean quorum = quorum(council, submitted.keySet(), conflicted);
			BigDecimal mean = submitted.isEmpty() ? null
					: ScoreCalculator.mean(submitted.values().stream().mapToInt(MemberScoring::getTotal).sum(), submitted.size());
			rows.add(new Progress.Row(item.getProductId(), item.getProductName(), cells, mean, divergent(submitted), quorum));
			ready &= quorum && !submitted.isEmpty();
		}
		return new Progress(evaluationId, evaluation.getStatus(), members, rows, ready);
	}

	/**
	 * Closes the session (chair or secretary): 409 while a product has no submitted scorecard or lacks the quorum
	 * (¾ of the scoring members, the chair among them; members who declared a conflict count as present).
	 * Records each product's score, stars and outcome, moves products that a level recognised to RATED or
	 * NOT_RATED, and leaves those passed on to a higher level under evaluation.
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
		var all = scorings.findByEvaluationId(evaluationId);
		var declared = conflicts.findByEvaluationId(evaluationId);
		List<String> unscored = new ArrayList<>();
		List<String> withoutQuorum = new ArrayList<>();
		Map<UUID, Map<String, MemberScoring>> counted = new HashMap<>();
		for (EvaluationItem item : evaluation.getItems()) {
			var submitted = latestSubmitted(all.stream().filter(s -> s.getProductId().equals(item.getProductId())).toList());
			Set<String> conflicted = declared.stream().filter(c -> c.getProductId().equals(item.getProductId()))
					.map(ConflictDeclaration::getUsername).collect(Collectors.toSet());
			if (submitted.isEmpty()) {
				unscored.add(item.getProductName());
			}
			else if (!quorum(council, submitted.keySet(), conflicted)) {
				withoutQuorum.add(item.getProductName());
			}
			counted.put(item.getProductId(), submitted);
		}
		if (!unscored.isEmpty() || !withoutQuorum.isEmpty()) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("unscored", unscored);
			properties.put("withoutQuorum", withoutQuorum);
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, properties, "evaluation.session.notReady",
					String.join(", ", unscored), String.join(", ", withoutQuorum));
		}
		for (EvaluationItem item : evaluation.getItems()) {
			Scorecard scorecard = scorecard(item.getScorecardCode());
			List<ScoreCalculator.Picks> picks = counted.get(item.getProductId()).values().stream()
					.sorted(Comparator.comparing(MemberScoring::getUsername))
					.map(s -> new ScoreCalculator.Picks(s.getUsername(), s.getRound(), s.selections())).toList();
			ProductScore result = ScoreCalculator.score(scorecard, picks);
			var decision = EscalationPolicy.decide(regulation, evaluation.getLevel(), result.stars());
			item.record(result, decision.outcome(), decision.escalateTo(), JSON.writeValueAsString(result));
			String reason = council.getName() + ": " + result.score() + " điểm, " + result.stars() + "★";
			switch (decision.outcome()) {
				case RATED -> products.recordRating(item.getProductId(), true, result.stars(), user.username(), reason);
				case NOT_RATED -> products.recordRating(item.getProductId(), false, result.stars(), user.username(), reason);
				case ESCALATED -> {
					// stays under evaluation until the next level's council scores it
				}
			}
		}
		evaluation.close(clock.instant(), user.username());
		evaluations.save(evaluation);
		return results(evaluation);
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
			Integer nextStars = result.stars() < 5 ? result.stars() + 1 : null;
			BigDecimal gap = nextStars == null ? null : scorecard.minScoreFor(nextStars)
					.map(min -> BigDecimal.valueOf(min).subtract(result.score()).max(BigDecimal.ZERO)).orElse(null);
			list.add(new ProductEvaluation(evaluation.getId(), council.getName(), evaluation.getLevel(),
					evaluation.getClosedAt(), item.getScorecardCode(), result, item.getOutcome(), item.getEscalatedTo(),
					nextStars, gap));
		}
		return list;
	}

	// ---------------------------------------------------------------- internals

	record MemberContext(Evaluation evaluation, Council council, String username, Scorecard scorecard) {
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
		return new MemberContext(evaluation, council, user.username(), scorecard(item.getScorecardCode()));
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

	private static boolean divergent(Map<String, MemberScoring> submitted) {
		if (submitted.size() < 2) {
			return false;
		}
		int max = submitted.values().stream().mapToInt(MemberScoring::getTotal).max().orElse(0);
		int min = submitted.values().stream().mapToInt(MemberScoring::getTotal).min().orElse(0);
		return max - min > ScoreCalculator.DIVERGENCE;
	}

	/** At least ¾ of the scoring members took part (scored or declared a conflict), the chair among them. */
	static boolean quorum(Council council, Set<String> scored, Set<String> conflicted) {
		int members = council.scoringMembers().size();
		long present = council.scoringMembers().stream().map(CouncilMember::username)
				.filter(u -> scored.contains(u) || conflicted.contains(u)).count();
		String chair = council.chair();
		return present * 4 >= members * 3L && (scored.contains(chair) || conflicted.contains(chair));
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
					score.members(), score.parts(), score.groups(), score.failedMandatory()));
		}
		return new SessionResults(evaluation.getId(), evaluation.getLevel(), evaluation.getStatus(), results);
	}

	private EvaluationView view(Evaluation evaluation, Council council) {
		return new EvaluationView(evaluation.getId(), council.getId(), council.getName(), evaluation.getLevel(),
				evaluation.getRegulationCode(), evaluation.getStatus(), evaluation.getOpenedAt(), evaluation.getClosedAt(),
				evaluation.getItems().stream().map(i -> new EvaluationView.Item(i.getProductId(), i.getProductName(),
						i.getProducerName(), i.getScorecardCode(), i.getScore(), i.getStars(), i.getOutcome(),
						i.getEscalatedTo(), i.isDivergent())).toList());
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
