package vn.ocop.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.RuleChoice;
import vn.ocop.criteria.Scorecard;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;

/**
 * Planning sessions (phiên đánh giá): which products a council may take, under which regulation and on which
 * scorecard, opening a session over a batch of them, and the sessions a user sees.
 */
@Service
@Transactional
public class SessionPlanning {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Councils councils;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final ProductLifecycle products;
	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final Clock clock;

	SessionPlanning(Councils councils, Evaluations evaluations, EvaluationAccess access, ProductLifecycle products,
			CriteriaApi criteria, GeographyApi geography, Clock clock) {
		this.councils = councils;
		this.evaluations = evaluations;
		this.access = access;
		this.products = products;
		this.criteria = criteria;
		this.geography = geography;
		this.clock = clock;
	}

	/**
	 * Opens a session of a council over a batch of products, which become UNDER_EVALUATION. A product qualifies
	 * if it was submitted (or comes back for renewal), or if an earlier level passed it on to this council's level;
	 * it must lie in the council's area, have a scorecard for its product set, and its regulation must give this
	 * level a role.
	 */
	public EvaluationView open(UUID councilId, List<UUID> productIds) {
		CurrentUser user = access.user();
		var council = access.council(councilId);
		if (!user.has(Role.PROVINCE_ADMIN) && !council.canRun(user.username())) {
			throw new AccessDeniedException("Only the office, the chair or the secretary opens a session");
		}
		if (productIds == null || productIds.isEmpty()) {
			throw BusinessRuleException.unprocessable("evaluation.session.noProducts");
		}
		var distinct = new LinkedHashSet<>(productIds);
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
		return evaluations.save(evaluation).toView(council);
	}

	@Transactional(readOnly = true)
	public EvaluationView evaluation(UUID id) {
		var evaluation = access.evaluation(id);
		var council = access.council(evaluation.getCouncilId());
		access.requireSee(council);
		return evaluation.toView(council);
	}

	/** Sessions the user may see: all for the office, the member's own councils' sessions otherwise. */
	@Transactional(readOnly = true)
	public List<EvaluationView> evaluations() {
		CurrentUser user = access.user();
		Map<UUID, Council> byId = councils.findAll().stream().collect(Collectors.toMap(Council::getId, Function.identity()));
		return evaluations.findAllByOrderByOpenedAtDesc().stream()
				.filter(e -> byId.containsKey(e.getCouncilId()) && access.canSee(user, byId.get(e.getCouncilId())))
				.map(e -> e.toView(byId.get(e.getCouncilId()))).toList();
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
		LocalDate today = LocalDate.now(clock);
		if (rule.transitional() && rule.finishBy() != null && today.isAfter(rule.finishBy())) {
			throw BusinessRuleException.conflict("evaluation.session.transitionOver", product.name(),
					DAY.format(product.filedOn()), rule.regulation().code(), DAY.format(rule.finishBy()),
					String.valueOf(rule.successor()));
		}
		return rule.regulation();
	}

	/**
	 * The case of "one of two cases" criteria a product starts with: the household-business case for a household
	 * business (1048 A3.2), otherwise the first; the chair or the secretary can change it before scoring.
	 */
	private int defaultCase(Scorecard scorecard, ProductSummary product) {
		var legalForm = products.producer(product.producerId()).legalForm();
		if (legalForm == LegalForm.HOUSEHOLD_BUSINESS) {
			return scorecard.criteria().flatMap(c -> c.cases().stream())
					.filter(c -> c.label().toLowerCase(Locale.ROOT).matches("(?s).*(household|hộ ).*"))
					.map(Scorecard.Case::number).findFirst().orElse(1);
		}
		return 1;
	}
}
