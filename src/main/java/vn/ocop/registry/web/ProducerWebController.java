package vn.ocop.registry.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.web.FormFields;

/**
 * Producer (chủ thể OCOP) screens: the list, the registration and edit form, and the producer page with its
 * products and the accounts that act for it.
 */
@Controller
class ProducerWebController {

	static final int PAGE_SIZE = 25;

	private static final String FORM = "registry/producer-form";

	/** The field the account's rules are about. */
	private static final Map<String, String> LINK_RULE_FIELDS = Map.of("identity.user.notFound", "username",
			"registry.producer.accountNotProducer", "username");

	private final RegistryManagement registry;
	private final RegistryWebSupport support;

	ProducerWebController(RegistryManagement registry, RegistryWebSupport support) {
		this.registry = registry;
		this.support = support;
	}

	@InitBinder("producerForm")
	void initProducerForm(WebDataBinder binder) {
		binder.setDisallowedFields("id", "accounts");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(String.class, "phone", new RegistryWebSupport.PhoneEditor());
	}

	@InitBinder("search")
	void initSearch(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/registry/producers")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER','INSPECTOR')")
	String list(@ModelAttribute("search") ProducerSearch search, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model, HttpServletResponse response) {
		CurrentUser user = support.user();
		var page = registry.producers(search.toFilter(), PageRequest.of(Math.max(search.getPage(), 0), PAGE_SIZE));
		var names = support.unitNames();
		model.addAttribute("producers", page);
		model.addAttribute("unitNames", page.getContent().stream().collect(java.util.stream.Collectors
				.toMap(ProducerSummary::id, p -> names.of(p.unitAt()), (a, b) -> a)));
		model.addAttribute("filterWarnings", binding.getFieldErrors().stream().map(FieldError::getField).distinct()
				.map(f -> support.text("registry.page.filter.ignored", support.text("registry.page.filter." + f))).toList());
		model.addAttribute("mayRegister", RegistryWebSupport.isOfficer(user) || user.has(Role.PRODUCER));
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "registry/producers :: results";
		}
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("unitChoices", support.unitFilterChoices(user));
		return "registry/producers";
	}

	@GetMapping("/registry/producers/new")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
	String newForm(Model model) {
		var form = new ProducerForm();
		CurrentUser user = support.user();
		if (user.has(Role.PRODUCER) || user.has(Role.COMMUNE_OFFICER)) {
			form.setCommuneCode(user.unitCode());
		}
		model.addAttribute("producerForm", form);
		return form(model, form, null);
	}

	@PostMapping("/registry/producers/new")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
	String create(@Valid @ModelAttribute("producerForm") ProducerForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		checkWorkers(form, binding);
		if (binding.hasErrors()) {
			FormFields.refused(null);
			return form(model, form, null);
		}
		try {
			var producer = registry.createProducer(form.toDetails());
			redirect.addFlashAttribute("flash", "registry.page.producer.created");
			return "redirect:/registry/producers/" + producer.id();
		}
		catch (BusinessRuleException e) {
			reject(binding, e);
			FormFields.refused(e);
		}
		catch (AccessDeniedException e) {
			binding.rejectValue("communeCode", "registry.page.producer.communeOutOfScope");
			FormFields.refused(null);
		}
		return form(model, form, null);
	}

	@GetMapping("/registry/producers/{id}")
	String show(@PathVariable UUID id, Model model) {
		var producer = registry.producer(id);
		CurrentUser user = support.user();
		var products = registry.products(new ProductFilter(null, null, null, null, id, null, null), PageRequest.of(0, 100));
		model.addAttribute("producer", producer);
		model.addAttribute("unitName", support.unitName(producer.unitAt()));
		model.addAttribute("products", products);
		model.addAttribute("productSetNames", support.productSetNames(
				products.getContent().stream().map(ProductSummary::productSetCode).toList()));
		boolean mayChange = registry.mayChangeProducer(id);
		model.addAttribute("mayChange", mayChange);
		model.addAttribute("mayLink", RegistryWebSupport.isOfficer(user) && mayChange);
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new LinkAccountForm());
		}
		return "registry/producer";
	}

	@GetMapping("/registry/producers/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		var producer = registry.producer(id);
		if (!registry.mayChangeProducer(id)) {
			throw new AccessDeniedException("Producer outside the user's reach");
		}
		var form = ProducerForm.of(producer);
		model.addAttribute("producerForm", form);
		return form(model, form, producer);
	}

	@PostMapping("/registry/producers/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("producerForm") ProducerForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var producer = registry.producer(id);
		if (!registry.mayChangeProducer(id)) {
			throw new AccessDeniedException("Producer outside the user's reach");
		}
		checkWorkers(form, binding);
		if (binding.hasErrors()) {
			FormFields.refused(null);
			return form(model, form, producer);
		}
		try {
			registry.updateProducer(id, form.toDetails());
			redirect.addFlashAttribute("flash", "registry.page.producer.saved");
			return "redirect:/registry/producers/" + id;
		}
		catch (BusinessRuleException e) {
			reject(binding, e);
			FormFields.refused(e);
		}
		catch (AccessDeniedException e) {
			binding.rejectValue("communeCode", "registry.page.producer.communeOutOfScope");
			FormFields.refused(null);
		}
		return form(model, form, producer);
	}

	/** Lets a producer account act for the producer (officers of the area and the provincial office). */
	@PostMapping("/registry/producers/{id}/accounts")
	String linkAccount(@PathVariable UUID id, @Valid @ModelAttribute("linkForm") LinkAccountForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			if (support.attempt(binding, redirect, "registry.page.producer.linked",
					() -> registry.linkAccount(id, form.getUsername()), LINK_RULE_FIELDS)) {
				return "redirect:/registry/producers/" + id + "#accounts";
			}
		}
		catch (AccessDeniedException e) {
			binding.reject("error.403.detail", support.text("error.403.detail"));
			FormFields.refused(null);
		}
		return show(id, model);
	}

	private static void checkWorkers(ProducerForm form, BindingResult binding) {
		int workers = form.getWorkers() == null ? 0 : form.getWorkers();
		if (form.getWomenWorkers() != null && form.getWomenWorkers() > workers && !binding.hasFieldErrors("womenWorkers")) {
			binding.rejectValue("womenWorkers", "registry.page.producer.moreThanWorkers", new Object[] { workers }, null);
		}
		if (form.getEthnicMinorityWorkers() != null && form.getEthnicMinorityWorkers() > workers
				&& !binding.hasFieldErrors("ethnicMinorityWorkers")) {
			binding.rejectValue("ethnicMinorityWorkers", "registry.page.producer.moreThanWorkers", new Object[] { workers }, null);
		}
	}

	private void reject(BindingResult binding, BusinessRuleException e) {
		String code = e.messageCode();
		String field = null;
		if (code.equals("registry.producer.exists")) {
			field = "registrationNumber";
		}
		else if (code.startsWith("geography.unit") || code.startsWith("registry.unit")) {
			field = "communeCode";
		}
		else if (code.equals("registry.producer.workersInconsistent")) {
			field = "workers";
		}
		if (field != null) {
			binding.rejectValue(field, code, support.arguments(e), support.message(e));
		}
		else {
			binding.reject(code, support.arguments(e), support.message(e));
		}
	}

	private String form(Model model, ProducerForm form, @Nullable ProducerSummary producer) {
		var day = producer == null ? support.today() : producer.unitDate();
		model.addAttribute("producer", producer);
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("producerFields", ProducerForm.FIELDS);
		model.addAttribute("communeGroups", support.communeChoices(day, support.user(), form.getCommuneCode()));
		return FORM;
	}
}
