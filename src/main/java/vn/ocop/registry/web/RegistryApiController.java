package vn.ocop.registry.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.DocumentInfo;
import vn.ocop.registry.Dossier;
import vn.ocop.registry.Funnel;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.PhaseSchedule;
import vn.ocop.registry.ProducerDetails;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.ScorecardGap;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.registry.StatusChange;

/**
 * The registry over JSON: cycles, producers, products, selection, dossiers and submission.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "registry", description = "Chủ thể, sản phẩm và chu trình OCOP / Producers, products and the OCOP cycle")
class RegistryApiController {

	record CycleRequest(@NotNull @Min(2018) @Max(2100) Integer year, @NotBlank String regulationCode,
			@Nullable List<@Valid PhaseSchedule> phases) {
	}

	record ProducerRequest(@NotBlank @Size(max = 300) String name, @NotNull LegalForm legalForm,
			@NotBlank String registrationNumber, @NotBlank String communeCode, @Nullable String representative,
			@Nullable String phone, @Nullable String email, java.time.@Nullable LocalDate registrationDate,
			@Nullable String address, @Nullable Integer members, @Nullable Integer workers,
			@Nullable Integer womenWorkers, @Nullable Integer ethnicMinorityWorkers, @Nullable Integer programmeYear,
			@Nullable Boolean newlyFounded) {

		ProducerDetails toDetails() {
			return new ProducerDetails(name, legalForm, registrationNumber, registrationDate, representative, address,
					communeCode, phone, email, orZero(members), orZero(workers), orZero(womenWorkers),
					orZero(ethnicMinorityWorkers), programmeYear, Boolean.TRUE.equals(newlyFounded));
		}
	}

	record ProductRequest(@NotBlank @Size(max = 300) String name, @NotNull UUID producerId,
			@NotBlank String productSetCode, @NotBlank String communeCode, @Nullable @Size(max = 5000) String description,
			@Nullable Integer cycleYear, @Nullable RegistrationType registrationType, @Nullable String ingredients,
			@Nullable String packaging, @Nullable String shelfLife, @Nullable String unit, @Nullable Long priceVnd,
			@Nullable String gtin, @Nullable String story) {

		ProductDetails toDetails() {
			return new ProductDetails(name, productSetCode, communeCode,
					registrationType == null ? RegistrationType.NEW_PRODUCT : registrationType, description, ingredients,
					packaging, shelfLife, unit, priceVnd, gtin, story);
		}
	}

	record SelectionRequest(@NotNull Boolean selected, @Nullable @Size(max = 2000) String reason) {
	}

	record WithdrawalRequest(@Nullable @Size(max = 2000) String reason) {
	}

	record PageOf<T>(long total, int page, int size, List<T> items) {
	}

	record DocumentTypeView(String code, String name, boolean required) {
	}

	private final RegistryManagement registry;
	private final MessageSource messages;
	private final jakarta.validation.Validator validator;

	RegistryApiController(RegistryManagement registry, MessageSource messages, jakarta.validation.Validator validator) {
		this.registry = registry;
		this.messages = messages;
		this.validator = validator;
	}

	/** The request records carry the API's shape; the domain records carry the rules, checked here. */
	private <T> T validated(T details) {
		var violations = validator.validate(details);
		if (!violations.isEmpty()) {
			throw new jakarta.validation.ConstraintViolationException(violations);
		}
		return details;
	}

	// cycles

	@GetMapping("/cycles")
	@Operation(summary = "Các chu trình OCOP / The OCOP cycles")
	List<CycleView> cycles() {
		return registry.cycles();
	}

	@GetMapping("/cycles/{year}")
	CycleView cycle(@PathVariable int year) {
		return registry.cycle(year);
	}

	@PostMapping("/cycles")
	@Operation(summary = "Mở chu trình của một năm / Open the cycle of a year (PROVINCE_ADMIN); 409 if it exists")
	ResponseEntity<CycleView> openCycle(@Valid @RequestBody CycleRequest request) {
		var cycle = registry.openCycle(request.year(), request.regulationCode(), request.phases());
		return ResponseEntity.created(URI.create("/api/v1/cycles/" + cycle.year())).body(cycle);
	}

	@PutMapping("/cycles/{year}/phases")
	@Operation(summary = "Đặt lại lịch các giai đoạn / Reschedule the phases (PROVINCE_ADMIN)")
	CycleView reschedule(@PathVariable int year, @RequestBody @Size(max = 20) List<@NotNull @Valid PhaseSchedule> phases) {
		return registry.reschedule(year, phases);
	}

	@PostMapping("/cycles/{year}/close")
	CycleView close(@PathVariable int year) {
		return registry.closeCycle(year);
	}

	@GetMapping("/cycles/{year}/funnel")
	@Operation(summary = "Phễu sản phẩm theo huyện / The funnel by district: registered → certified")
	Funnel funnel(@PathVariable int year) {
		return registry.funnel(year);
	}

	// producers

	@PostMapping("/producers")
	@Operation(summary = "Đăng ký chủ thể OCOP / Register a producer")
	ResponseEntity<ProducerSummary> createProducer(@Valid @RequestBody ProducerRequest request) {
		var producer = registry.createProducer(validated(request.toDetails()));
		return ResponseEntity.created(URI.create("/api/v1/producers/" + producer.id())).body(producer);
	}

	@GetMapping("/producers/{id}")
	ProducerSummary producer(@PathVariable UUID id) {
		return registry.producer(id);
	}

	@PutMapping("/producers/{id}")
	ProducerSummary updateProducer(@PathVariable UUID id, @Valid @RequestBody ProducerRequest request) {
		return registry.updateProducer(id, validated(request.toDetails()));
	}

	record AccountLink(@NotBlank @Size(max = 64) String username) {
	}

	@PostMapping("/producers/{id}/accounts")
	@Operation(summary = "Cho một tài khoản chủ thể thao tác thay chủ thể / Let a producer account act for the producer")
	ProducerSummary linkAccount(@PathVariable UUID id, @Valid @RequestBody AccountLink link) {
		return registry.linkAccount(id, link.username());
	}

	@GetMapping("/producers")
	@Operation(summary = "Tìm chủ thể trong phạm vi / Search producers within the caller's scope")
	PageOf<ProducerSummary> producers(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LegalForm legalForm,
			@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var result = registry.producers(new ProducerFilter(q, legalForm, unitCode), PageRequest.of(page, size));
		return new PageOf<>(result.getTotalElements(), page, size, result.getContent());
	}

	// products

	@PostMapping("/products")
	@Operation(summary = "Đăng ký ý tưởng sản phẩm / Register a product idea")
	ResponseEntity<ProductSummary> registerProduct(@Valid @RequestBody ProductRequest request) {
		var product = registry.registerProduct(request.producerId(), validated(request.toDetails()), request.cycleYear());
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(product);
	}

	@GetMapping("/products/{id}")
	ProductSummary product(@PathVariable UUID id) {
		return registry.product(id);
	}

	@PutMapping("/products/{id}")
	ProductSummary updateProduct(@PathVariable UUID id, @Valid @RequestBody ProductRequest request) {
		return registry.updateProduct(id, validated(request.toDetails()));
	}

	@GetMapping("/products")
	@Operation(summary = "Tìm sản phẩm trong phạm vi / Search products within the caller's scope")
	PageOf<ProductSummary> products(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ProductStatus status,
			@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable Integer cycleYear,
			@RequestParam(required = false) @Nullable UUID producerId,
			@RequestParam(required = false) @Nullable String productSetCode,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var result = registry.products(new ProductFilter(q, status, cycleYear, unitCode, producerId, productSetCode, null),
				PageRequest.of(page, size));
		return new PageOf<>(result.getTotalElements(), page, size, result.getContent());
	}

	@GetMapping("/products/{id}/timeline")
	List<StatusChange> timeline(@PathVariable UUID id) {
		return registry.timeline(id);
	}

	@PostMapping("/products/{id}/selection")
	@Operation(summary = "Huyện/xã lựa chọn hoặc không / The district (commune) selects or rejects; a rejection needs a reason")
	ProductSummary selection(@PathVariable UUID id, @Valid @RequestBody SelectionRequest request) {
		return registry.decideSelection(id, request.selected(), request.reason());
	}

	@PostMapping("/products/{id}/submission")
	@Operation(summary = "Nộp hồ sơ / File the dossier (type FIRST, UPGRADE or RE_EVALUATION and the filing day, both "
			+ "optional); they choose the regulation it is evaluated under; 422 with missingDocuments while incomplete")
	ProductSummary submit(@PathVariable UUID id, @RequestBody(required = false) @Nullable FilingRequest request) {
		return registry.submit(id, request == null ? null : request.dossierType(), request == null ? null : request.filedOn());
	}

	/** The dossier's type and filing day (both optional). */
	record FilingRequest(vn.ocop.criteria.@Nullable DossierType dossierType, java.time.@Nullable LocalDate filedOn) {
	}

	@GetMapping("/products/{id}/rule")
	@Operation(summary = "Quy định áp dụng / The regulation the product's dossier is evaluated under, chosen by its "
			+ "filing day and type (26/2026/QĐ-TTg Điều 12)")
	vn.ocop.criteria.RuleChoice rule(@PathVariable UUID id) {
		return registry.rule(id);
	}

	@GetMapping("/products/{id}/scorecard-gap")
	@Operation(summary = "Bộ tiêu chí còn thiếu / Whether the product's set lacks a published scorecard under the "
			+ "regulation its dossier falls under (204 when there is one)")
	ResponseEntity<ScorecardGap> scorecardGap(@PathVariable UUID id) {
		return registry.scorecardGap(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/products/without-scorecard")
	@Operation(summary = "Sản phẩm chưa có bộ tiêu chí / Products on their way to a score whose set has no scorecard "
			+ "under the rules that will apply (officers)")
	List<ProductSummary> withoutScorecard() {
		return registry.productsWithoutScorecard(500);
	}

	@PostMapping("/products/{id}/return")
	@Operation(summary = "Trả lại hồ sơ chưa đầy đủ / The officer of the area returns a filed dossier to the producer, "
			+ "saying what is missing (reason required); the producer completes it and files it again")
	ProductSummary returnDossier(@PathVariable UUID id, @Valid @RequestBody ReturnRequest request) {
		return registry.returnDossier(id, request.reason());
	}

	/** Why a dossier is returned: what is missing. */
	record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/products/{id}/withdrawal")
	ProductSummary withdraw(@PathVariable UUID id, @RequestBody(required = false) @Nullable WithdrawalRequest request) {
		return registry.withdraw(id, request == null ? null : request.reason());
	}

	@GetMapping("/products/{id}/dossier")
	Dossier dossier(@PathVariable UUID id) {
		return registry.dossier(id);
	}

	@PostMapping(path = "/products/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Tải lên tài liệu hồ sơ / Upload a dossier document (PDF, JPEG or PNG)")
	ResponseEntity<DocumentInfo> upload(@PathVariable UUID id, @RequestParam("type") String type,
			@RequestPart("file") MultipartFile file) throws IOException {
		var document = registry.upload(id, type, file.getOriginalFilename(), file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/documents/" + document.id())).body(document);
	}

	@GetMapping("/products/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId) throws IOException {
		var file = registry.document(id, documentId);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.contentType(MediaType.parseMediaType(file.contentType()))
				.body(new InputStreamResource(file.content()));
	}

	@GetMapping("/document-types")
	@Operation(summary = "Các loại tài liệu hồ sơ theo văn bản / Dossier document types of a regulation")
	List<DocumentTypeView> documentTypes(@RequestParam String regulationCode) {
		Locale locale = LocaleContextHolder.getLocale();
		return registry.documentTypes(regulationCode).stream()
				.map(t -> new DocumentTypeView(t.code(), messages.getMessage("registry.doc." + t.code(), null, t.code(), locale),
						t.required()))
				.toList();
	}

	private static int orZero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}
}
