package vn.ocop.registry;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.RuleChoice;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * The registry's use cases: producers, products and their lifecycle up to submission, dossiers and the annual
 * cycle. Every call checks the signed-in user's role and scope.
 */
@Service
@Transactional
public class RegistryManagement {

	/** Content types a dossier file may have, detected from its bytes. */
	static final Set<String> ACCEPTED_CONTENT = Set.of("application/pdf", "image/jpeg", "image/png");

	private final Producers producers;
	private final Products products;
	private final Cycles cycles;
	private final DocumentTypes documentTypes;
	private final RegistryAccess access;
	private final UnitReferences units;
	private final GeographyApi geography;
	private final CriteriaApi criteria;
	private final FileStorage storage;
	private final vn.ocop.identity.UserManagement users;
	private final Clock clock;
	private final long maxUploadBytes;
	private final Tika tika = new Tika();
	private final RegistrySearch search;
	private final ApplicationEventPublisher events;

	RegistryManagement(Producers producers, Products products, Cycles cycles, DocumentTypes documentTypes,
			RegistryAccess access, UnitReferences units, GeographyApi geography, CriteriaApi criteria,
			FileStorage storage, vn.ocop.identity.UserManagement users, Clock clock, @Value("${ocop.registry.max-upload-bytes:10485760}") long maxUploadBytes,
			RegistrySearch search, ApplicationEventPublisher events) {
		this.events = events;
		this.producers = producers;
		this.products = products;
		this.cycles = cycles;
		this.documentTypes = documentTypes;
		this.access = access;
		this.units = units;
		this.geography = geography;
		this.criteria = criteria;
		this.storage = storage;
		this.users = users;
		this.clock = clock;
		this.maxUploadBytes = maxUploadBytes;
		this.search = search;
	}

	// ---------------------------------------------------------------- producers

	/**
	 * Registers a producer. An officer registers one inside their area (on a household's behalf); a producer
	 * account registers its own organisation and is linked to it.
	 */
	public ProducerSummary createProducer(ProducerDetails details) {
		CurrentUser user = access.user();
		boolean officer = user.roles().stream().anyMatch(RegistryAccess.OFFICER_ROLES::contains);
		if (!officer && !user.has(Role.PRODUCER)) {
			throw new AccessDeniedException("Only officers and producers register producers");
		}
		String number = RegistrationNumber.parse(details.registrationNumber()).value();
		if (producers.existsByRegistrationNumber(number)) {
			throw BusinessRuleException.conflict("registry.producer.exists", RegistrationNumber.parse(number).formatted());
		}
		var reference = units.commune(details.communeCode(), today());
		var producer = new Producer(withCommune(details, reference.code()), reference.on(), clock.instant(), user.username());
		if (officer && !access.canChange(user, producer)) {
			throw new AccessDeniedException("Commune outside the officer's scope");
		}
		if (!officer) {
			producer.linkAccount(user.username());
		}
		return producers.save(producer).toSummary();
	}

	public ProducerSummary updateProducer(UUID id, ProducerDetails details) {
		CurrentUser user = access.user();
		var producer = loadProducer(id);
		access.requireChange(user, producer);
		String number = RegistrationNumber.parse(details.registrationNumber()).value();
		producers.findByRegistrationNumber(number).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw BusinessRuleException.conflict("registry.producer.exists", RegistrationNumber.parse(number).formatted());
		});
		String commune = details.communeCode().strip();
		if (!commune.equals(producer.getCommuneCode())) {
			var reference = units.commune(commune, today());
			if (!reference.on().equals(producer.getUnitDate()) && geography.find(commune, producer.getUnitDate()).isEmpty()) {
				throw BusinessRuleException.unprocessable("registry.unit.notInForce", commune, producer.getUnitDate());
			}
		}
		producer.describe(details);
		access.requireChange(user, producer);
		events.publishEvent(new ProducerDescribed(producer.getId(), clock.instant()));
		return producer.toSummary();
	}

	@Transactional(readOnly = true)
	public ProducerSummary producer(UUID id) {
		var producer = loadProducer(id);
		access.requireSee(access.user(), producer);
		return producer.toSummary();
	}

	@Transactional(readOnly = true)
	public Page<ProducerSummary> producers(ProducerFilter filter, Pageable pageable) {
		CurrentUser user = access.user();
		if (RegistrySearch.isSearch(filter.q())) {
			return search.producers(user, filter, pageable).map(Producer::toSummary);
		}
		Specification<Producer> spec = visibleProducers(user);
		if (filter.legalForm() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("legalForm"), filter.legalForm()));
		}
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			Set<String> codes = geography.codesWithin(filter.unitCode().strip());
			spec = spec.and((root, query, cb) -> root.get("communeCode").in(codes));
		}
		return producers.findAll(spec, withSort(pageable, Sort.by("name"))).map(Producer::toSummary);
	}

	/** The producers a producer account acts for. */
	@Transactional(readOnly = true)
	public List<ProducerSummary> producersManagedBy(String username) {
		return producers.findManagedBy(username).stream().map(Producer::toSummary).toList();
	}

	/** Lets a producer account act for a producer (provincial office or an officer of the area). */
	public ProducerSummary linkAccount(UUID producerId, String username) {
		CurrentUser user = access.user();
		if (!user.roles().stream().anyMatch(RegistryAccess.OFFICER_ROLES::contains)) {
			throw new AccessDeniedException("Only officers link accounts");
		}
		var producer = loadProducer(producerId);
		access.requireChange(user, producer);
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		var account = users.find(name).orElseThrow(() -> BusinessRuleException.unprocessable("identity.user.notFound", name));
		if (!account.roles().contains(Role.PRODUCER)) {
			throw BusinessRuleException.unprocessable("registry.producer.accountNotProducer", name);
		}
		producer.linkAccount(name);
		return producer.toSummary();
	}

	// ---------------------------------------------------------------- products

	/**
	 * Registers a product idea for a cycle ({@code null}: the latest open cycle). The product set must belong to
	 * the cycle's regulation and the commune must be known on the cycle's registration day.
	 */
	public ProductSummary registerProduct(UUID producerId, ProductDetails details, @Nullable Integer cycleYear) {
		CurrentUser user = access.user();
		var producer = loadProducer(producerId);
		access.requireChange(user, producer);
		Cycle cycle = cycleYear == null
				? cycles.findFirstByStatusOrderByYearDesc(CycleStatus.OPEN)
						.orElseThrow(() -> BusinessRuleException.unprocessable("registry.cycle.noneOpen"))
				: cycles.findById(cycleYear).orElseThrow(() -> BusinessRuleException.unprocessable("registry.cycle.unknown", cycleYear));
		if (cycle.getStatus() != CycleStatus.OPEN) {
			throw BusinessRuleException.conflict("registry.cycle.closed", cycle.getYear());
		}
		requireProductSet(details.productSetCode(), cycle.getRegulationCode());
		var reference = units.commune(details.communeCode(), registrationDay(cycle));
		var product = new Product(producer.getId(), cycle.getYear(), cycle.getRegulationCode(),
				withCommune(details, reference.code()), reference.on(), clock.instant(), user.username());
		access.requireChange(user, product, producer);
		return products.save(product).toSummary(producer.getName());
	}

	public ProductSummary updateProduct(UUID id, ProductDetails details) {
		CurrentUser user = access.user();
		var product = loadProduct(id);
		var producer = loadProducer(product.getProducerId());
		access.requireChange(user, product, producer);
		// what a certificate recognised changes only through the office (issue 15): the public pages, the label and
		// /verify must keep showing what was certified
		if (product.getStatus() == ProductStatus.CERTIFIED && !user.has(Role.PROVINCE_ADMIN)
				&& product.changesCertified(details)) {
			throw BusinessRuleException.conflict("registry.product.certifiedChange");
		}
		requireProductSet(details.productSetCode(), product.getRegulationCode());
		if (!details.communeCode().strip().equals(product.getCommuneCode())) {
			var reference = units.commune(details.communeCode(), product.getUnitDate());
			if (!reference.on().equals(product.getUnitDate())) {
				throw BusinessRuleException.unprocessable("registry.unit.notInForce", details.communeCode(), product.getUnitDate());
			}
		}
		product.describe(details, clock.instant(), user.username());
		access.requireChange(user, product, producer);
		return products.save(product).toSummary(producer.getName());
	}

	@Transactional(readOnly = true)
	public ProductSummary product(UUID id) {
		var product = loadProduct(id);
		var producer = loadProducer(product.getProducerId());
		access.requireSee(access.user(), product, producer);
		return product.toSummary(producer.getName());
	}

	@Transactional(readOnly = true)
	public Page<ProductSummary> products(ProductFilter filter, Pageable pageable) {
		CurrentUser user = access.user();
		Page<Product> page = RegistrySearch.isSearch(filter.q()) ? search.products(user, filter, pageable)
				: products.findAll(visibleProducts(user).and(productSpec(filter)),
						withSort(pageable, Sort.by(Sort.Order.desc("cycleYear"), Sort.Order.asc("name"))));
		Map<UUID, String> names = producerNames(page.getContent().stream().map(Product::getProducerId).collect(Collectors.toSet()));
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
		var product = loadProduct(id);
		var producer = loadProducer(product.getProducerId());
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
		var product = loadProduct(id);
		var producer = loadProducer(product.getProducerId());
		access.requireChange(user, product, producer);
		if (requestedFiledOn != null && requestedFiledOn.isAfter(today())) {
			throw BusinessRuleException.unprocessable("registry.product.filedInFuture");
		}
		DossierType type = requestedType != null ? requestedType : defaultDossierType(product);
		LocalDate filedOn = requestedFiledOn != null ? requestedFiledOn : defaultFilingDay(product, type);
		RuleChoice rule = criteria.ruleFor(filedOn, type);
		Set<String> required = requiredDocuments(rule, type);
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
	public java.util.Optional<ScorecardGap> scorecardGap(UUID id) {
		var product = loadProduct(id);
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		return gap(product);
	}

	/** The products the user may see, still on their way to a score, whose scorecard is missing (the office's list). */
	@Transactional(readOnly = true)
	public List<ProductSummary> productsWithoutScorecard(int limit) {
		CurrentUser user = access.user();
		if (user.roles().stream().noneMatch(RegistryAccess.OFFICER_ROLES::contains)) {
			throw new AccessDeniedException("Officers only");
		}
		var open = products.findAll(visibleProducts(user).and((root, query, cb) -> root.get("status")
				.in(ScorecardGap.ON_THE_WAY)), Sort.by("cycleYear", "name"));
		Map<UUID, String> names = producerNames(open.stream().map(Product::getProducerId).collect(Collectors.toSet()));
		return open.stream().filter(p -> gap(p).isPresent()).limit(Math.max(1, limit))
				.map(p -> p.toSummary(names.getOrDefault(p.getProducerId(), ""))).toList();
	}

	private java.util.Optional<ScorecardGap> gap(Product product) {
		RuleChoice rule = dossierRule(product);
		if (criteria.scorecardFor(product.getProductSetCode(), rule.regulation().code()).isPresent()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new ScorecardGap(product.getProductSetCode(), rule.regulation().code(),
				rule.scorecardRegulation()));
	}

	/** The regulation a product's (next or last) dossier falls under. */
	@Transactional(readOnly = true)
	public RuleChoice rule(UUID id) {
		var product = loadProduct(id);
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		return dossierRule(product);
	}

	private RuleChoice dossierRule(Product product) {
		var summary = product.toSummary("");
		boolean filed = summary.filedOn() != null && summary.dossierType() != null
				&& (product.getStatus() != ProductStatus.CERTIFIED || summary.renewalFiled())
				&& product.getStatus() != ProductStatus.EXPIRED && product.getStatus() != ProductStatus.NOT_RATED;
		if (filed) {
			return criteria.ruleFor(summary.filedOn(), summary.dossierType());
		}
		DossierType type = defaultDossierType(product);
		return criteria.ruleFor(defaultFilingDay(product, type), type);
	}

	private static DossierType defaultDossierType(Product product) {
		return switch (product.getStatus()) {
			case CERTIFIED, EXPIRED, RATED -> DossierType.RE_EVALUATION;
			default -> DossierType.FIRST;
		};
	}

	private LocalDate defaultFilingDay(Product product, DossierType type) {
		LocalDate today = today();
		LocalDate endOfCycle = LocalDate.of(product.getCycleYear(), 12, 31);
		return type == DossierType.FIRST && endOfCycle.isBefore(today) ? endOfCycle : today;
	}

	private Set<String> requiredDocuments(RuleChoice rule, DossierType type) {
		List<String> listed = rule.regulation().dossierDocuments(type);
		return listed.isEmpty() ? documentTypes.requiredCodes(rule.regulation().code()) : new java.util.LinkedHashSet<>(listed);
	}

	/** The producer (or an officer on its behalf) withdraws the product from the cycle. */
	public ProductSummary withdraw(UUID id, @Nullable String reason) {
		CurrentUser user = access.user();
		var product = loadProduct(id);
		var producer = loadProducer(product.getProducerId());
		access.requireChange(user, product, producer);
		product.withdraw(user.username(), reason, clock.instant());
		return products.save(product).toSummary(producer.getName());
	}

	@Transactional(readOnly = true)
	public List<StatusChange> timeline(UUID id) {
		var product = loadProduct(id);
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		return product.timeline();
	}

	/** Whether the signed-in user may decide on the product's selection (for showing the buttons). */
	@Transactional(readOnly = true)
	public boolean maySelect(UUID id) {
		return access.canSelect(access.user(), loadProduct(id));
	}

	/** Whether the signed-in user may change the producer (for showing the buttons). */
	@Transactional(readOnly = true)
	public boolean mayChangeProducer(UUID id) {
		return access.canChange(access.user(), loadProducer(id));
	}

	@Transactional(readOnly = true)
	public boolean mayChange(UUID id) {
		var product = loadProduct(id);
		return access.canChange(access.user(), product, loadProducer(product.getProducerId()));
	}

	// ---------------------------------------------------------------- dossier

	@Transactional(readOnly = true)
	public List<DocumentType> documentTypes(String regulationCode) {
		return documentTypes.of(regulationCode);
	}

	@Transactional(readOnly = true)
	public Dossier dossier(UUID productId) {
		var product = loadProduct(productId);
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		RuleChoice rule = dossierRule(product);
		Set<String> required = requiredDocuments(rule, rule.type());
		var types = documentTypes.of(rule.regulation().code()).stream()
				.map(t -> new DocumentType(t.code(), required.contains(t.code()))).toList();
		return new Dossier(productId, rule.regulation().code(), types,
				product.currentDocuments().stream().map(DossierDocument::toInfo).toList(),
				product.missingDocuments(required), Product.OPEN_FOR_CHANGES.contains(product.getStatus()));
	}

	/**
	 * Adds a file to the dossier: a PDF, JPEG or PNG (recognised by its content, not its name) of at most the
	 * configured size.
	 */
	public DocumentInfo upload(UUID productId, String typeCode, String fileName, InputStream content) throws IOException {
		CurrentUser user = access.user();
		var product = loadProduct(productId);
		var producer = loadProducer(product.getProducerId());
		access.requireChange(user, product, producer);
		String dossierRegulation = dossierRule(product).regulation().code();
		if (typeCode == null || (!documentTypes.accepts(product.getRegulationCode(), typeCode)
				&& !documentTypes.accepts(dossierRegulation, typeCode))) {
			throw BusinessRuleException.unprocessable("registry.document.unknownType", typeCode, dossierRegulation);
		}
		byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
		if (bytes.length == 0) {
			throw BusinessRuleException.unprocessable("registry.document.empty");
		}
		if (bytes.length > maxUploadBytes) {
			throw BusinessRuleException.unprocessable("registry.document.tooLarge", maxUploadBytes / (1024 * 1024));
		}
		String detected = tika.detect(bytes);
		if (!ACCEPTED_CONTENT.contains(detected)) {
			// the detected kind in words ("văn bản Word"), not a MIME type (issue 16)
			throw BusinessRuleException.unprocessable("registry.document.badContent",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { "registry.document.kind." + detected, "registry.document.kind.other" }));
		}
		String safeName = sanitiseFileName(fileName, detected);
		String key = storage.store("dossier", bytes);
		var document = new DossierDocument(productId, typeCode, safeName, detected, bytes.length, sha256(bytes), key,
				clock.instant(), user.username());
		product.addDocument(document, clock.instant());
		products.save(product);
		return document.toInfo();
	}

	/** A stored dossier file, if the user may see the product. */
	@Transactional(readOnly = true)
	public StoredFile document(UUID productId, UUID documentId) throws IOException {
		var product = loadProduct(productId);
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		var document = product.allDocuments().stream().filter(d -> d.getId().equals(documentId)).findFirst()
				.orElseThrow(() -> new NotFoundException("registry.document.notFound", documentId));
		return new StoredFile(document.getFileName(), document.getContentType(), storage.open(document.getStorageKey()));
	}

	/** A file to stream back to the user. */
	public record StoredFile(String fileName, String contentType, InputStream content) {
	}

	// ---------------------------------------------------------------- cycles

	/** Opens the cycle of a year under a regulation (provincial office); 409 if the year exists. */
	public CycleView openCycle(int year, String regulationCode, @Nullable List<PhaseSchedule> phases) {
		CurrentUser user = access.user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office opens cycles");
		}
		if (criteria.regulation(regulationCode).isEmpty()) {
			throw BusinessRuleException.unprocessable("criteria.regulation.unknown", regulationCode);
		}
		if (cycles.existsById(year)) {
			throw BusinessRuleException.conflict("registry.cycle.exists", year);
		}
		var cycle = new Cycle(year, regulationCode, phases == null || phases.isEmpty() ? Cycle.defaultSchedule(year) : phases,
				clock.instant(), user.username());
		return cycles.save(cycle).toView(today());
	}

	public CycleView reschedule(int year, List<PhaseSchedule> phases) {
		requireProvinceAdmin();
		var cycle = loadCycle(year);
		cycle.schedule(phases);
		return cycle.toView(today());
	}

	public CycleView closeCycle(int year) {
		requireProvinceAdmin();
		var cycle = loadCycle(year);
		cycle.close();
		return cycle.toView(today());
	}

	public CycleView reopenCycle(int year) {
		requireProvinceAdmin();
		var cycle = loadCycle(year);
		cycle.reopen();
		return cycle.toView(today());
	}

	@Transactional(readOnly = true)
	public List<CycleView> cycles() {
		return cycles.findAllByOrderByYearDesc().stream().map(c -> c.toView(today())).toList();
	}

	@Transactional(readOnly = true)
	public CycleView cycle(int year) {
		return loadCycle(year).toView(today());
	}

	@Transactional(readOnly = true)
	public java.util.Optional<CycleView> latestOpenCycle() {
		return cycles.findFirstByStatusOrderByYearDesc(CycleStatus.OPEN).map(c -> c.toView(today()));
	}

	/**
	 * The funnel of a cycle per district-level unit (communes directly under the province count on their own),
	 * over the products the user may see.
	 */
	@Transactional(readOnly = true)
	public Funnel funnel(int year) {
		loadCycle(year);
		CurrentUser user = access.user();
		List<Product> visible = products.findAll(visibleProducts(user)
				.and((root, query, cb) -> cb.equal(root.get("cycleYear"), year)));
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Product product : visible) {
			Unit group = reportingUnit(product.getCommuneCode(), product.getUnitDate());
			String code = group == null ? product.getCommuneCode() : group.code();
			names.putIfAbsent(code, group == null ? code : group.name());
			long[] row = counts.computeIfAbsent(code, c -> new long[5]);
			for (int stage = 0; stage <= product.getReachedStage() && stage < 5; stage++) {
				row[stage]++;
			}
		}
		long[] total = new long[5];
		List<Funnel.Row> rows = new ArrayList<>();
		counts.forEach((code, c) -> {
			rows.add(new Funnel.Row(code, names.get(code), c[0], c[1], c[2], c[3], c[4]));
			for (int i = 0; i < 5; i++) {
				total[i] += c[i];
			}
		});
		rows.sort(Comparator.comparing(Funnel.Row::unitCode));
		return new Funnel(year, rows, new Funnel.Row("", "", total[0], total[1], total[2], total[3], total[4]));
	}

	// ---------------------------------------------------------------- internals

	private @Nullable Unit reportingUnit(String communeCode, LocalDate on) {
		List<Unit> lineage = geography.lineage(communeCode, on);
		return lineage.stream().filter(u -> u.level() == UnitLevel.DISTRICT).findFirst()
				.orElse(lineage.isEmpty() ? null : lineage.get(0));
	}

	private Specification<Producer> visibleProducers(CurrentUser user) {
		Specification<Producer> byUnit = null;
		if (user.roles().stream().anyMatch(RegistryAccess.UNIT_ROLES::contains)) {
			Set<String> codes = geography.codesWithin(user.unitCode());
			byUnit = (root, query, cb) -> root.get("communeCode").in(codes);
		}
		Specification<Producer> managed = null;
		if (user.has(Role.PRODUCER)) {
			managed = (root, query, cb) -> cb.isMember(user.username(), root.get("accounts"));
		}
		return either(byUnit, managed);
	}

	private Specification<Product> visibleProducts(CurrentUser user) {
		Specification<Product> byUnit = null;
		if (user.roles().stream().anyMatch(RegistryAccess.UNIT_ROLES::contains)) {
			Set<String> codes = geography.codesWithin(user.unitCode());
			byUnit = (root, query, cb) -> root.get("communeCode").in(codes);
		}
		Specification<Product> managed = null;
		if (user.has(Role.PRODUCER)) {
			List<UUID> ids = producers.findManagedBy(user.username()).stream().map(Producer::getId).toList();
			managed = ids.isEmpty() ? null : (root, query, cb) -> root.get("producerId").in(ids);
		}
		return either(byUnit, managed);
	}

	private static <T> Specification<T> either(@Nullable Specification<T> a, @Nullable Specification<T> b) {
		if (a == null && b == null) {
			return (root, query, cb) -> cb.disjunction();
		}
		if (a == null) {
			return b;
		}
		return b == null ? a : a.or(b);
	}

	Specification<Product> productSpec(ProductFilter filter) {
		Specification<Product> spec = (root, query, cb) -> cb.conjunction();
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.cycleYear() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("cycleYear"), filter.cycleYear()));
		}
		if (filter.producerId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("producerId"), filter.producerId()));
		}
		if (filter.productSetCode() != null && !filter.productSetCode().isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("productSetCode"), filter.productSetCode().strip()));
		}
		if (filter.reachedStage() != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("reachedStage"), filter.reachedStage()));
		}
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			Set<String> codes = geography.codesWithin(filter.unitCode().strip());
			spec = spec.and((root, query, cb) -> root.get("communeCode").in(codes));
		}
		// the words of filter.q() are matched in the search index: see RegistrySearch
		return spec;
	}

	private Map<UUID, String> producerNames(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return producers.findAllById(ids).stream().collect(Collectors.toMap(Producer::getId, Producer::getName));
	}

	private void requireProductSet(String productSetCode, String regulationCode) {
		ProductSetRule.require(criteria, productSetCode, regulationCode);
	}

	/** The day a cycle's records refer to for administrative units: its selection deadline, or today if earlier. */
	private LocalDate registrationDay(Cycle cycle) {
		LocalDate deadline = cycle.phase(CyclePhase.SELECTION).map(PhaseSchedule::deadline)
				.orElse(LocalDate.of(cycle.getYear(), 3, 10));
		LocalDate today = today();
		return deadline.isBefore(today) ? deadline : today;
	}

	private void requireProvinceAdmin() {
		if (!access.user().has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office manages cycles");
		}
	}

	private Producer loadProducer(UUID id) {
		return producers.findById(id).orElseThrow(() -> new NotFoundException("registry.producer.notFound", id));
	}

	private Product loadProduct(UUID id) {
		return products.findById(id).orElseThrow(() -> new NotFoundException("registry.product.notFound", id));
	}

	private Cycle loadCycle(int year) {
		return cycles.findById(year).orElseThrow(() -> new NotFoundException("registry.cycle.notFound", year));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static ProducerDetails withCommune(ProducerDetails d, String commune) {
		return new ProducerDetails(d.name(), d.legalForm(), d.registrationNumber(), d.registrationDate(),
				d.representative(), d.address(), commune, d.phone(), d.email(), d.members(), d.workers(),
				d.womenWorkers(), d.ethnicMinorityWorkers(), d.programmeYear(), d.newlyFounded());
	}

	private static ProductDetails withCommune(ProductDetails d, String commune) {
		return new ProductDetails(d.name(), d.productSetCode(), commune, d.registrationType(), d.description(),
				d.ingredients(), d.packaging(), d.shelfLife(), d.unit(), d.priceVnd(), d.gtin(), d.story());
	}

	private static Pageable withSort(Pageable pageable, Sort fallback) {
		if (pageable.isUnpaged() || pageable.getSort().isSorted()) {
			return pageable;
		}
		return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), fallback);
	}

	private static String sanitiseFileName(@Nullable String name, String contentType) {
		String base = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (base.isEmpty()) {
			base = "tai-lieu";
		}
		if (base.length() > 200) {
			base = base.substring(base.length() - 200);
		}
		return base;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
