package vn.ocop.registry.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.identity.CurrentUser;
import vn.ocop.registry.CycleStatus;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.web.FormFields;

/**
 * Product screens: the list with its filters, the registration and edit form, and the products without a
 * scorecard; the product's own page is {@link ProductPageController}.
 */
@Controller
class ProductWebController {

	static final int PAGE_SIZE = 25;

	/** The statuses in which a product's description may still be edited. */
	static final Set<ProductStatus> EDITABLE = EnumSet.of(ProductStatus.IDEA_REGISTERED, ProductStatus.SELECTED,
			ProductStatus.RETURNED, ProductStatus.NOT_RATED, ProductStatus.CERTIFIED, ProductStatus.EXPIRED);

	private static final String FORM = "registry/product-form";

	private final RegistryManagement registry;
	private final RegistryWebSupport support;

	ProductWebController(RegistryManagement registry, RegistryWebSupport support) {
		this.registry = registry;
		this.support = support;
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
				.collect(Collectors.toMap(ProductSummary::id, p -> names.of(p.unitAt()), (a, b) -> a)));
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
			FormFields.refused(null);
			return registrationForm(model, form, visibleProducers());
		}
		try {
			var product = registry.registerProduct(form.getProducerId(), form.toDetails(), form.getCycleYear());
			redirect.addFlashAttribute("flash", "registry.page.product.registered");
			return "redirect:/registry/products/" + product.id();
		}
		catch (BusinessRuleException e) {
			reject(binding, e, true);
			FormFields.refused(e);
		}
		catch (AccessDeniedException e) {
			if (visibleProducers().stream().noneMatch(p -> p.id().equals(form.getProducerId()))) {
				throw e;
			}
			binding.rejectValue("communeCode", "registry.page.product.communeOutOfScope");
			FormFields.refused(null);
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
			FormFields.refused(null);
			return editForm(model, form, product);
		}
		try {
			registry.updateProduct(id, form.toDetails());
			redirect.addFlashAttribute("flash", "registry.page.product.saved");
			return "redirect:/registry/products/" + id;
		}
		catch (BusinessRuleException e) {
			reject(binding, e, false);
			FormFields.refused(e);
		}
		catch (AccessDeniedException e) {
			if (!registry.mayChange(id)) {
				throw e;
			}
			binding.rejectValue("communeCode", "registry.page.product.communeOutOfScope");
			FormFields.refused(null);
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
}
