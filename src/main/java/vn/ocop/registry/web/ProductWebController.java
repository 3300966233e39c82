package vn.ocop.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.identity.CurrentUser;
import vn.ocop.registry.CycleStatus;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.DocumentInfo;
import vn.ocop.registry.Dossier;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.registry.RegistrySettings;
import vn.ocop.shared.BusinessRuleException;

/**
 * Product screens: the list with its filters, the registration and edit form, and the product page with its
 * timeline, dossier checklist and uploads, and the actions of its lifecycle (select/reject, submit, withdraw).
 */
@Controller
class ProductWebController {

	static final int PAGE_SIZE = 25;

	/** The statuses in which a product's description may still be edited. */
	static final Set<ProductStatus> EDITABLE = EnumSet.of(ProductStatus.IDEA_REGISTERED, ProductStatus.SELECTED,
			ProductStatus.RETURNED, ProductStatus.NOT_RATED, ProductStatus.CERTIFIED, ProductStatus.EXPIRED);

	private static final String FORM = "registry/product-form";

	private final RegistryManagement registry;
	private final vn.ocop.registry.CertifiedChanges certifiedChanges;
	private final RegistryWebSupport support;
	private final long maxUploadBytes;

	ProductWebController(RegistryManagement registry, vn.ocop.registry.CertifiedChanges certifiedChanges,
			RegistryWebSupport support, RegistrySettings settings) {
		this.registry = registry;
		this.certifiedChanges = certifiedChanges;
		this.support = support;
		this.maxUploadBytes = settings.maxUpload();
	}

	@InitBinder("productForm")
	void initProductForm(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(Long.class, "priceVnd", new RegistryWebSupport.LenientLongEditor());
	}

	@InitBinder("search")
	void initSearch(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	// ------------------------------------------------------------------ list

	@GetMapping("/registry/products")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER','COUNCIL_MEMBER','INSPECTOR')")
	String list(@ModelAttribute("search") ProductSearch search, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model, HttpServletResponse response) {
		CurrentUser user = support.user();
		Page<ProductSummary> page = registry.products(search.toFilter(),
				PageRequest.of(Math.max(search.getPage(), 0), PAGE_SIZE));
		var names = support.unitNames();
		model.addAttribute("products", page);
		model.addAttribute("unitNames", page.getContent().stream()
				.collect(Collectors.toMap(ProductSummary::id, p -> names.of(p.communeCode(), p.unitDate()), (a, b) -> a)));
		model.addAttribute("productSetNames", support.productSetNames(
				page.getContent().stream().map(ProductSummary::productSetCode).toList()));
		model.addAttribute("query", search.query());
		model.addAttribute("filterWarnings", filterWarnings(binding));
		model.addAttribute("mayRegister", RegistryWebSupport.isOfficer(user) || user.has(vn.ocop.identity.Role.PRODUCER));
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "registry/products :: results";
		}
		model.addAttribute("statuses", ProductStatus.values());
		model.addAttribute("cycles", registry.cycles());
		model.addAttribute("unitChoices", support.unitFilterChoices(user));
		model.addAttribute("productSetChoices", support.allProductSets());
		return "registry/products";
	}

	private List<String> filterWarnings(BindingResult binding) {
		return binding.getFieldErrors().stream().map(FieldError::getField).distinct()
				.map(field -> support.text("registry.page.filter.ignored", support.text("registry.page.filter." + field)))
				.toList();
	}

	// ------------------------------------------------------------------ registration form

	@GetMapping("/registry/products/new")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
	String newForm(@RequestParam(required = false) @Nullable String producerId, Model model) {
		var form = new ProductForm();
		var producers = visibleProducers();
		producers.stream().filter(p -> p.id().toString().equals(producerId)).findFirst()
				.or(() -> producers.size() == 1 ? java.util.Optional.of(producers.get(0)) : java.util.Optional.empty())
				.ifPresent(p -> {
					form.setProducerId(p.id());
					form.setCommuneCode(p.communeCode());
				});
		registry.latestOpenCycle().ifPresent(c -> form.setCycleYear(c.year()));
		model.addAttribute("productForm", form);
		return registrationForm(model, form, producers);
	}

	@PostMapping("/registry/products/new")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
	String register(@Valid @ModelAttribute("productForm") ProductForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getProducerId() == null && !binding.hasFieldErrors("producerId")) {
			binding.rejectValue("producerId", "NotNull");
		}
		if (form.getCycleYear() == null && !binding.hasFieldErrors("cycleYear")) {
			binding.rejectValue("cycleYear", "NotNull");
		}
		if (binding.hasErrors()) {
			return registrationForm(model, form, visibleProducers());
		}
		try {
			var product = registry.registerProduct(form.getProducerId(), form.toDetails(), form.getCycleYear());
			redirect.addFlashAttribute("flash", "registry.page.product.registered");
			return "redirect:/registry/products/" + product.id();
		}
		catch (BusinessRuleException e) {
			reject(binding, e, true);
		}
		catch (AccessDeniedException e) {
			if (visibleProducers().stream().noneMatch(p -> p.id().equals(form.getProducerId()))) {
				throw e;
			}
			binding.rejectValue("communeCode", "registry.page.product.communeOutOfScope");
		}
		return registrationForm(model, form, visibleProducers());
	}

	/** The fields that depend on the chosen cycle and producer (product sets, communes), refreshed by htmx. */
	@GetMapping("/registry/products/form-fields")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
	String formFields(@ModelAttribute("productForm") ProductForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable String changed, Model model) {
		var producers = visibleProducers();
		if ("producer".equals(changed)) {
			producers.stream().filter(p -> p.id().equals(form.getProducerId())).findFirst()
					.ifPresent(p -> form.setCommuneCode(p.communeCode()));
		}
		registrationForm(model, form, producers);
		return FORM + " :: cycleFields";
	}

	@GetMapping("/registry/products/{id}/edit")
	String editForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		var product = registry.product(id);
		if (!registry.mayChange(id)) {
			throw new AccessDeniedException("Product outside the user's reach");
		}
		if (!EDITABLE.contains(product.status())) {
			redirect.addFlashAttribute("actionError", support.text("registry.product.locked",
					support.text("registry.status." + product.status().name())));
			return "redirect:/registry/products/" + id;
		}
		var form = ProductForm.of(product);
		model.addAttribute("productForm", form);
		return editForm(model, form, product);
	}

	@PostMapping("/registry/products/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("productForm") ProductForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var product = registry.product(id);
		if (binding.hasErrors()) {
			return editForm(model, form, product);
		}
		try {
			registry.updateProduct(id, form.toDetails());
			redirect.addFlashAttribute("flash", "registry.page.product.saved");
			return "redirect:/registry/products/" + id;
		}
		catch (BusinessRuleException e) {
			reject(binding, e, false);
		}
		catch (AccessDeniedException e) {
			if (!registry.mayChange(id)) {
				throw e;
			}
			binding.rejectValue("communeCode", "registry.page.product.communeOutOfScope");
		}
		return editForm(model, form, product);
	}

	/** Turns a refused registration or change into an error on the field it is about, or on the form. */
	private void reject(BindingResult binding, BusinessRuleException e, boolean registering) {
		String code = e.messageCode();
		String text = support.message(e);
		String field = null;
		if (code.equals("registry.product.productSet")) {
			field = "productSetCode";
		}
		else if (code.startsWith("geography.unit") || code.startsWith("registry.unit")) {
			field = "communeCode";
		}
		else if (registering && (code.startsWith("registry.cycle") || code.startsWith("criteria.regulation"))) {
			field = "cycleYear";
		}
		else if (registering && code.startsWith("registry.producer")) {
			field = "producerId";
		}
		if (field != null) {
			binding.rejectValue(field, code, support.arguments(e), text);
		}
		else {
			binding.reject(code, support.arguments(e), text);
		}
	}

	private String registrationForm(Model model, ProductForm form, List<ProducerSummary> producers) {
		List<CycleView> open = registry.cycles().stream().filter(c -> c.status() == CycleStatus.OPEN).toList();
		CycleView cycle = open.stream().filter(c -> Objects.equals(c.year(), form.getCycleYear())).findFirst().orElse(null);
		model.addAttribute("producers", producers);
		model.addAttribute("openCycles", open);
		model.addAttribute("regulationCode", cycle == null ? null : cycle.regulationCode());
		model.addAttribute("productSetGroups", support.productSetGroups(cycle == null ? null : cycle.regulationCode()));
		model.addAttribute("communeGroups", support.communeChoices(support.registrationDay(cycle), support.user(),
				form.getCommuneCode()));
		model.addAttribute("registrationTypes", RegistrationType.values());
		model.addAttribute("product", null);
		model.addAttribute("productFields", ProductForm.FIELDS);
		return FORM;
	}

	private String editForm(Model model, ProductForm form, ProductSummary product) {
		model.addAttribute("product", product);
		model.addAttribute("regulationCode", product.regulationCode());
		model.addAttribute("productSetGroups", support.productSetGroups(product.regulationCode()));
		model.addAttribute("communeGroups", support.communeChoices(product.unitDate(), support.user(), form.getCommuneCode()));
		model.addAttribute("registrationTypes", RegistrationType.values());
		model.addAttribute("productFields", ProductForm.FIELDS);
		return FORM;
	}

	private List<ProducerSummary> visibleProducers() {
		return registry.producers(ProducerFilter.none(), PageRequest.of(0, 1000)).getContent();
	}

	// ------------------------------------------------------------------ product page

	/** The products on their way to a score whose set has no scorecard under the rules that will apply. */
	@GetMapping("/registry/products/without-scorecard")
	String withoutScorecard(Model model) {
		var products = registry.productsWithoutScorecard(500);
		model.addAttribute("products", products);
		Map<UUID, vn.ocop.registry.ScorecardGap> gaps = new LinkedHashMap<>();
		products.forEach(p -> registry.scorecardGap(p.id()).ifPresent(g -> gaps.put(p.id(), g)));
		model.addAttribute("gaps", gaps);
		model.addAttribute("productSetNames", support.productSetNames(products.stream().map(ProductSummary::productSetCode).toList()));
		return "registry/without-scorecard";
	}

	@GetMapping("/registry/products/{id}")
	String show(@PathVariable UUID id, Model model) {
		ProductSummary product = registry.product(id);
		Dossier dossier = registry.dossier(id);
		boolean mayChange = registry.mayChange(id);
		boolean maySelect = registry.maySelect(id);
		ProductStatus status = product.status();
		Map<String, DocumentInfo> current = dossier.current().stream()
				.collect(Collectors.toMap(DocumentInfo::typeCode, Function.identity(), (a, b) -> b, LinkedHashMap::new));
		model.addAttribute("product", product);
		model.addAttribute("timeline", registry.timeline(id));
		model.addAttribute("dossier", dossier);
		model.addAttribute("documents", current);
		model.addAttribute("missingNames", support.documentNames(dossier.missing()));
		model.addAttribute("unitName", support.unitName(product.communeCode(), product.unitDate()));
		model.addAttribute("productSetName", support.productSetName(product.productSetCode()));
		model.addAttribute("mayChange", mayChange);
		model.addAttribute("canDecide", maySelect && status == ProductStatus.IDEA_REGISTERED);
		model.addAttribute("canReturn", registry.mayReturn(id));
		model.addAttribute("lastReturn", registry.lastReturn(id).orElse(null));
		model.addAttribute("canSubmit", mayChange && status.canMoveTo(ProductStatus.SUBMITTED));
		model.addAttribute("canWithdraw", mayChange && status.canMoveTo(ProductStatus.WITHDRAWN));
		model.addAttribute("canEdit", mayChange && EDITABLE.contains(status));
		model.addAttribute("canUpload", mayChange && dossier.open());
		model.addAttribute("maxUploadMb", Math.max(1, maxUploadBytes / (1024 * 1024)));
		// changes to what the certificate recognised go through the office (issue 15, finding 10)
		var changes = certifiedChanges.forProduct(id);
		boolean pending = changes.stream().anyMatch(c -> c.status() == vn.ocop.registry.CertifiedChangeStatus.PENDING);
		model.addAttribute("certifiedChanges", changes);
		model.addAttribute("canRequestChange", mayChange && status == ProductStatus.CERTIFIED && !pending);
		model.addAttribute("mayDecideChange", certifiedChanges.mayDecide());
		// no dead ends: say now if the dossier could not be scored for lack of a scorecard (issue 14)
		model.addAttribute("scorecardGap", registry.scorecardGap(id).orElse(null));
		if (status == ProductStatus.CERTIFIED) {
			model.addAttribute("changeSetGroups", support.productSetGroups(product.regulationCode()));
		}
		return "registry/product";
	}

	@PostMapping("/registry/products/{id}/selection")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		if (!decision.equals("select") && !decision.equals("reject")) {
			redirect.addFlashAttribute("actionError", support.text("registry.page.selection.unknownDecision"));
			return "redirect:/registry/products/" + id;
		}
		boolean selected = decision.equals("select");
		try {
			registry.decideSelection(id, selected, reason);
			redirect.addFlashAttribute("flash", selected ? "registry.page.selection.selected" : "registry.page.selection.rejected");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute(selected ? "actionError" : "rejectError", support.message(e));
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping("/registry/products/{id}/submission")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			registry.submit(id);
			redirect.addFlashAttribute("flash", "registry.page.product.submitted");
		}
		catch (BusinessRuleException e) {
			List<String> missing = RegistryWebSupport.missingDocuments(e);
			if (missing.isEmpty()) {
				redirect.addFlashAttribute("actionError", support.message(e));
			}
			else {
				redirect.addFlashAttribute("actionError", support.text("registry.page.product.submitRefused"));
				redirect.addFlashAttribute("missingDocuments", support.documentNames(missing));
			}
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping("/registry/products/{id}/return")
	String returnDossier(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		try {
			registry.returnDossier(id, reason);
			redirect.addFlashAttribute("flash", "registry.page.return.done");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("returnError", support.message(e));
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping("/registry/products/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		try {
			registry.withdraw(id, reason == null || reason.isBlank() ? null : reason.strip());
			redirect.addFlashAttribute("flash", "registry.page.product.withdrawn");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("actionError", support.message(e));
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping(path = "/registry/products/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@PathVariable UUID id, @RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			var document = registry.upload(id, type == null ? "" : type.strip(),
					file == null ? null : file.getOriginalFilename(), content);
			redirect.addFlashAttribute("uploadSuccess", support.text("registry.page.dossier.uploaded",
					document.fileName(), support.text("registry.doc." + document.typeCode())));
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("uploadError", support.message(e));
			redirect.addFlashAttribute("uploadErrorType", type);
		}
		return "redirect:/registry/products/" + id + "#dossier";
	}

	@GetMapping("/registry/products/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId) throws IOException {
		var file = registry.document(id, documentId);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.contentType(MediaType.parseMediaType(file.contentType()))
				.body(new InputStreamResource(file.content()));
	}
}
