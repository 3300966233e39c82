package vn.ocop.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.RuleChoice;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.BusinessRuleException;

/**
 * The registry's API: products and their lifecycle up to submission, here; producers
 * ({@link ProducerRegistration}), dossiers ({@link DossierFiling}) and the annual cycle ({@link CycleCalendar}) in
 * their own use cases, which this facade hands the calls of other modules and of the web layer to. Every call checks
 * the signed-in user's role and scope ({@link RegistryAccess}, {@link RegistryScope}).
 */
@Service
@Transactional
public class RegistryManagement {

	private final Products products;
	private final RegistryScope scope;
	private final RegistryAccess access;
	private final UnitReferences units;
	private final CriteriaApi criteria;
	private final RegistrySearch search;
	private final DossierRules rules;
	private final ProducerRegistration producerRegistration;
	private final DossierFiling dossiers;
	private final CycleCalendar calendar;
	private final Clock clock;

	RegistryManagement(Products products, RegistryScope scope, RegistryAccess access, UnitReferences units,
			CriteriaApi criteria, RegistrySearch search, DossierRules rules, ProducerRegistration producerRegistration,
			DossierFiling dossiers, CycleCalendar calendar, Clock clock) {
		this.products = products;
		this.scope = scope;
		this.access = access;
		this.units = units;
		this.criteria = criteria;
		this.search = search;
		this.rules = rules;
		this.producerRegistration = producerRegistration;
		this.dossiers = dossiers;
		this.calendar = calendar;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- producers

	/**
	 * Registers a producer. An officer registers one inside their area (on a household's behalf); a producer
	 * account registers its own organisation and is linked to it.
	 */
	public ProducerSummary createProducer(ProducerDetails details) {
		return producerRegistration.create(details);
	}

	public ProducerSummary updateProducer(UUID id, ProducerDetails details) {
		return producerRegistration.update(id, details);
	}

	@Transactional(readOnly = true)
	public ProducerSummary producer(UUID id) {
		return producerRegistration.producer(id);
	}

	@Transactional(readOnly = true)
	public Page<ProducerSummary> producers(ProducerFilter filter, Pageable pageable) {
		return producerRegistration.producers(filter, pageable);
	}

	/** The producers a producer account acts for. */
	@Transactional(readOnly = true)
	public List<ProducerSummary> producersManagedBy(String username) {
		return producerRegistration.managedBy(username);
	}

	/** Lets a producer account act for a producer (provincial office or an officer of the area). */
	public ProducerSummary linkAccount(UUID producerId, String username) {
		return producerRegistration.linkAccount(producerId, username);
	}

	/** Whether the signed-in user may change the producer (for showing the buttons). */
	@Transactional(readOnly = true)
	public boolean mayChangeProducer(UUID id) {
		return producerRegistration.mayChange(id);
	}

	// ---------------------------------------------------------------- products

	/**
	 * Registers a product idea for a cycle ({@code null}: the latest open cycle). The product set must belong to
	 * the cycle's regulation and the commune must be known on the cycle's registration day.
	 */
	public ProductSummary registerProduct(UUID producerId, ProductDetails details, @Nullable Integer cycleYear) {
		CurrentUser user = access.user();
		var producer = scope.producer(producerId);
		access.requireChange(user, producer);
		Cycle cycle = calendar.openForRegistration(cycleYear);
		ProductSetRule.require(criteria, details.productSetCode(), cycle.getRegulationCode());
		var reference = units.commune(details.communeCode(), cycle.registrationDay(today()));
		var product = new Product(producer.getId(), cycle.getYear(), cycle.getRegulationCode(),
				details.inCommune(reference.code()), reference.on(), clock.instant(), user.username());
		access.requireChange(user, product, producer);
		return products.save(product).toSummary(producer.getName());
	}

	public ProductSummary updateProduct(UUID id, ProductDetails details) {
		CurrentUser user = access.user();
		var product = scope.product(id);
		var producer = scope.producer(product.getProducerId());
		access.requireChange(user, product, producer);
		// what a certificate recognised changes only through the office (issue 15): the public pages, the label and
		// /verify must keep showing what was certified
		if (product.getStatus() == ProductStatus.CERTIFIED && !user.has(Role.PROVINCE_ADMIN)
				&& product.changesCertified(details)) {
			throw BusinessRuleException.conflict("registry.product.certifiedChange");
		}
		ProductSetRule.require(criteria, details.productSetCode(), product.getRegulationCode());
		if (!details.communeCode().strip().equals(product.getCommuneCode())) {
			LocalDate day = product.getUnitAt().date();
			var reference = units.commune(details.communeCode(), day);
			if (!reference.on().equals(day)) {
				throw BusinessRuleException.unprocessable("registry.unit.notInForce", details.communeCode(), day);
			}
		}
		product.describe(details, clock.instant(), user.username());
		access.requireChange(user, product, producer);
		return products.save(product).toSummary(producer.getName());
	}

	@Transactional(readOnly = true)
	public ProductSummary product(UUID id) {
		var product = scope.product(id);
		var producer = scope.producer(product.getProducerId());
		access.requireSee(access.user(), product, producer);
		return product.toSummary(producer.getName());
	}

	@Transactional(readOnly = true)
	public Page<ProductSummary> products(ProductFilter filter, Pageable pageable) {
		CurrentUser user = access.user();
		Page<Product> page = RegistrySearch.isSearch(filter.q()) ? search.products(user, filter, pageable)
				: products.findAll(scope.visibleProducts(user).and(scope.productSpec(filter)),
						RegistryScope.withSort(pageable, Sort.by(Sort.Order.desc("cycleYear"), Sort.Order.asc("name"))));
		Map<UUID, String> names = scope.producerNames(page.getContent().stream().map(Product::getProducerId).collect(Collectors.toSet()));
		return page.map(p -> p.toSummary(names.getOrDefault(p.getProducerId(), "")));
	}

	/** All products matching the filter that the user may see, for exports (capped by the caller). */
	@Transactional(readOnly = true)
	public List<ProductSummary> allProducts(ProductFilter filter, int limit) {
		return products(filter, Pageable.ofSize(Math.max(1, limit))).getContent();
	}

	/** The district's (from July 2025: the commune's) decision on a registered idea; a rejection needs a reason. */
	public ProductSummary decideSelection(UUID id, boolean selected, @Nullable String reason) {
		CurrentUser user = access.user();
		var product = scope.product(id);
		var producer = scope.producer(product.getProducerId());
		access.requireSee(user, product, producer);
		if (!access.canSelect(user, product)) {
			throw new AccessDeniedException("Not the selecting level for this product");
		}
		if (selected) {
			product.select(user.username(), reason, clock.instant());
		}
		else {
			product.reject(user.username(), reason == null ? "" : reason, clock.instant());
		}
		return products.save(product).toSummary(producer.getName());
	}

	/** Submits the dossier as a first-time one (or a re-evaluation for an expired product), filed today. */
	public ProductSummary submit(UUID id) {
		return submit(id, null, null);
	}

	/**
	 * Files the dossier: the type (default: first time, or re-evaluation for a recognised or expired product) and
	 * the filing day (default today; a first dossier of an earlier year's cycle is taken as filed by the end of that
	 * year) choose the regulation it is evaluated under and so the documents it needs. A recognised product keeps
	 * its certificate and status while its re-evaluation or upgrade waits for a council. 422 with the missing
	 * document types while it is incomplete, or for a filing day in the future.
	 */
	public ProductSummary submit(UUID id, @Nullable DossierType requestedType, @Nullable LocalDate requestedFiledOn) {
		CurrentUser user = access.user();
		var product = scope.product(id);
		var producer = scope.producer(product.getProducerId());
		access.requireChange(user, product, producer);
		if (requestedFiledOn != null && requestedFiledOn.isAfter(today())) {
			throw BusinessRuleException.unprocessable("registry.product.filedInFuture");
		}
		DossierType type = requestedType != null ? requestedType : rules.defaultType(product);
		LocalDate filedOn = requestedFiledOn != null ? requestedFiledOn : rules.defaultFilingDay(product, type);
		RuleChoice rule = rules.of(filedOn, type);
		Set<String> required = rules.requiredDocuments(rule, type);
		if (product.getStatus() == ProductStatus.CERTIFIED) {
			product.fileRenewal(required, type, filedOn);
		}
		else {
			product.submit(user.username(), required, type, filedOn, clock.instant());
		}
		return products.save(product).toSummary(producer.getName());
	}

	/**
	 * No dead ends (issue 14): the scorecard the product's dossier would be scored on is missing — its set has no
	 * published scorecard under the regulation its (next or last) dossier falls under — or empty when there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<ScorecardGap> scorecardGap(UUID id) {
		var product = scope.product(id);
		access.requireSee(access.user(), product, scope.producer(product.getProducerId()));
		return rules.scorecardGap(product);
	}

	/** The products the user may see, still on their way to a score, whose scorecard is missing (the office's list). */
	@Transactional(readOnly = true)
	public List<ProductSummary> productsWithoutScorecard(int limit) {
		CurrentUser user = access.user();
		if (user.roles().stream().noneMatch(RegistryAccess.OFFICER_ROLES::contains)) {
			throw new AccessDeniedException("Officers only");
		}
		var open = products.findAll(scope.visibleProducts(user).and((root, query, cb) -> root.get("status")
				.in(ScorecardGap.ON_THE_WAY)), Sort.by("cycleYear", "name"));
		Map<UUID, String> names = scope.producerNames(open.stream().map(Product::getProducerId).collect(Collectors.toSet()));
		return open.stream().filter(p -> rules.scorecardGap(p).isPresent()).limit(Math.max(1, limit))
				.map(p -> p.toSummary(names.getOrDefault(p.getProducerId(), ""))).toList();
	}

	/** The regulation a product's (next or last) dossier falls under. */
	@Transactional(readOnly = true)
	public RuleChoice rule(UUID id) {
		var product = scope.product(id);
		access.requireSee(access.user(), product, scope.producer(product.getProducerId()));
		return rules.of(product);
	}

	/**
	 * The officer of the area returns a filed dossier to the producer as incomplete, saying what is missing (422
	 * without a reason, 409 unless the dossier is filed); the producer completes it and submits it again.
	 */
	public ProductSummary returnDossier(UUID id, @Nullable String reason) {
		CurrentUser user = access.user();
		var product = scope.product(id);
		var producer = scope.producer(product.getProducerId());
		access.requireSee(user, product, producer);
		if (!access.canReturn(user, product)) {
			throw new AccessDeniedException("Only the officers of the product's area return a dossier");
		}
		product.returnDossier(user.username(), reason == null ? "" : reason, clock.instant());
		return products.save(product).toSummary(producer.getName());
	}

	/** Whether the signed-in user may return the product's filed dossier (for showing the form). */
	@Transactional(readOnly = true)
	public boolean mayReturn(UUID id) {
		var product = scope.product(id);
		return product.getStatus() == ProductStatus.SUBMITTED && access.canReturn(access.user(), product);
	}

	/** Who returned the dossier, when and why (what is missing), while it is returned. */
	@Transactional(readOnly = true)
	public Optional<StatusChange> lastReturn(UUID id) {
		var product = scope.product(id);
		access.requireSee(access.user(), product, scope.producer(product.getProducerId()));
		return product.lastReturn();
	}

	/** The producer (or an officer on its behalf) withdraws the product from the cycle. */
	public ProductSummary withdraw(UUID id, @Nullable String reason) {
		CurrentUser user = access.user();
		var product = scope.product(id);
		var producer = scope.producer(product.getProducerId());
		access.requireChange(user, product, producer);
		product.withdraw(user.username(), reason, clock.instant());
		return products.save(product).toSummary(producer.getName());
	}

	@Transactional(readOnly = true)
	public List<StatusChange> timeline(UUID id) {
		var product = scope.product(id);
		access.requireSee(access.user(), product, scope.producer(product.getProducerId()));
		return product.timeline();
	}

	/** Whether the signed-in user may decide on the product's selection (for showing the buttons). */
	@Transactional(readOnly = true)
	public boolean maySelect(UUID id) {
		return access.canSelect(access.user(), scope.product(id));
	}

	@Transactional(readOnly = true)
	public boolean mayChange(UUID id) {
		var product = scope.product(id);
		return access.canChange(access.user(), product, scope.producer(product.getProducerId()));
	}

	// ---------------------------------------------------------------- dossier

	@Transactional(readOnly = true)
	public List<DocumentType> documentTypes(String regulationCode) {
		return dossiers.documentTypes(regulationCode);
	}

	@Transactional(readOnly = true)
	public Dossier dossier(UUID productId) {
		return dossiers.dossier(productId);
	}

	/**
	 * Adds a file to the dossier: a PDF, JPEG or PNG (recognised by its content, not its name) of at most the
	 * configured size.
	 */
	public DocumentInfo upload(UUID productId, String typeCode, String fileName, InputStream content) throws IOException {
		return dossiers.upload(productId, typeCode, fileName, content);
	}

	/** A stored dossier file, if the user may see the product. */
	@Transactional(readOnly = true)
	public StoredFile document(UUID productId, UUID documentId) throws IOException {
		return dossiers.document(productId, documentId);
	}

	/** A file to stream back to the user. */
	public record StoredFile(String fileName, String contentType, InputStream content) {
	}

	// ---------------------------------------------------------------- cycles

	/** Opens the cycle of a year under a regulation (provincial office); 409 if the year exists. */
	public CycleView openCycle(int year, String regulationCode, @Nullable List<PhaseSchedule> phases) {
		return calendar.open(year, regulationCode, phases);
	}

	public CycleView reschedule(int year, List<PhaseSchedule> phases) {
		return calendar.reschedule(year, phases);
	}

	public CycleView closeCycle(int year) {
		return calendar.close(year);
	}

	public CycleView reopenCycle(int year) {
		return calendar.reopen(year);
	}

	@Transactional(readOnly = true)
	public List<CycleView> cycles() {
		return calendar.all();
	}

	@Transactional(readOnly = true)
	public CycleView cycle(int year) {
		return calendar.cycle(year);
	}

	@Transactional(readOnly = true)
	public Optional<CycleView> latestOpenCycle() {
		return calendar.latestOpen();
	}

	/**
	 * The funnel of a cycle per district-level unit (communes directly under the province count on their own),
	 * over the products the user may see.
	 */
	@Transactional(readOnly = true)
	public Funnel funnel(int year) {
		return calendar.funnel(year);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
