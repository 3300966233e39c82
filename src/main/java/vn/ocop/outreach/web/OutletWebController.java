package vn.ocop.outreach.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletManagement;
import vn.ocop.outreach.OutletView;

/**
 * The sales centres and points screens: the list, the form with the products carried (every error at once beside
 * its field), opening and closing.
 */
@Controller
class OutletWebController {

	/** The fields the outlet's own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("programme.outlet.latitude", "latitude",
			"programme.outlet.longitude", "longitude");

	private final OutletManagement outlets;
	private final OutreachPages pages;

	OutletWebController(OutletManagement outlets, OutreachPages pages) {
		this.outlets = outlets;
		this.pages = pages;
	}

	@GetMapping("/programme/outlets")
	String outlets(Model model) {
		model.addAttribute("outletForm", new OutletForm());
		return listPage(model);
	}

	@PostMapping("/programme/outlets")
	String createOutlet(@Valid @ModelAttribute("outletForm") OutletForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.outletCreated", () -> outlets.create(form.details()),
				RULE_FIELDS)) {
			return "redirect:/programme/outlets";
		}
		return listPage(model);
	}

	@GetMapping("/programme/outlets/{id}/edit")
	String editOutlet(@PathVariable UUID id, Model model) {
		OutletView outlet = outlets.outlet(id);
		model.addAttribute("outletForm", OutletForm.of(outlet));
		return editPage(outlet, model);
	}

	@PostMapping("/programme/outlets/{id}")
	String updateOutlet(@PathVariable UUID id, @Valid @ModelAttribute("outletForm") OutletForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.outletUpdated", () -> outlets.update(id, form.details()),
				RULE_FIELDS)) {
			return "redirect:/programme/outlets";
		}
		return editPage(outlets.outlet(id), model);
	}

	private String listPage(Model model) {
		if (!model.containsAttribute("outletForm")) {
			model.addAttribute("outletForm", new OutletForm());
		}
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm());
		}
		model.addAttribute("outlets", outlets.outlets());
		model.addAttribute("today", pages.today());
		choices(model);
		return "programme/outlets";
	}

	private String editPage(OutletView outlet, Model model) {
		model.addAttribute("outlet", outlet);
		choices(model);
		return "programme/outlet-edit";
	}

	private void choices(Model model) {
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("products", pages.certifiedProducts());
		model.addAttribute("units", pages.units());
	}

	@PostMapping("/programme/outlets/{id}/open")
	String openOutlet(@PathVariable UUID id, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return day(id, form, binding, model, redirect, "programme.flash.outletOpened",
				() -> outlets.open(id, form.orToday(pages.today())));
	}

	@PostMapping("/programme/outlets/{id}/close")
	String closeOutlet(@PathVariable UUID id, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return day(id, form, binding, model, redirect, "programme.flash.outletClosed",
				() -> outlets.close(id, form.orToday(pages.today())));
	}

	/** Opens or closes an outlet on a day; a refusal is shown on the outlet's row. */
	private String day(UUID id, DayForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			String successCode, java.util.function.Supplier<?> change) {
		if (pages.attempt(binding, redirect, successCode, change, Map.of())) {
			return "redirect:/programme/outlets";
		}
		model.addAttribute("dayFor", id);
		return listPage(model);
	}
}
