package vn.ocop.outreach.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.outreach.OutletDetails;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletManagement;
import vn.ocop.outreach.OutletView;

/**
 * The sales centres and points screens: the list, the form with the products carried, opening and closing.
 */
@Controller
class OutletWebController {

	private final OutletManagement outlets;
	private final OutreachPages pages;

	OutletWebController(OutletManagement outlets, OutreachPages pages) {
		this.outlets = outlets;
		this.pages = pages;
	}

	@GetMapping("/programme/outlets")
	String outlets(Model model) {
		model.addAttribute("outlets", outlets.outlets());
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("products", pages.certifiedProducts());
		model.addAttribute("units", pages.units());
		model.addAttribute("today", pages.today());
		return "programme/outlets";
	}

	/** The fields of the outlet form, as typed (checked when turned into details). */
	record OutletForm(@Nullable String name, @Nullable String kind, @Nullable String address,
			@Nullable String communeCode, @Nullable String latitude, @Nullable String longitude,
			@Nullable String operator, @Nullable String openingHours, @Nullable String phone,
			@Nullable String criteria, @Nullable List<String> productIds) {

		OutletDetails details(OutreachPages pages) {
			return new OutletDetails(pages.required(name, "name"), pages.choice(OutletKind.class, kind, "kind"),
					pages.required(address, "address"), communeCode, pages.decimal(latitude, "latitude"),
					pages.decimal(longitude, "longitude"), pages.required(operator, "operator"), openingHours, phone,
					OutreachPages.lines(criteria), pages.ids(productIds, "productIds"));
		}
	}

	@PostMapping("/programme/outlets")
	String createOutlet(OutletForm form, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.outletCreated", () -> outlets.create(form.details(pages)));
		return "redirect:/programme/outlets";
	}

	@GetMapping("/programme/outlets/{id}/edit")
	String editOutlet(@PathVariable UUID id, Model model) {
		OutletView outlet = outlets.outlet(id);
		model.addAttribute("outlet", outlet);
		model.addAttribute("criteriaText", String.join("\n", outlet.criteria()));
		model.addAttribute("linkedIds", OutreachPages.linkedIds(outlet.products()));
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("products", pages.certifiedProducts());
		model.addAttribute("units", pages.units());
		return "programme/outlet-edit";
	}

	@PostMapping("/programme/outlets/{id}")
	String updateOutlet(@PathVariable UUID id, OutletForm form, RedirectAttributes redirect) {
		boolean done = pages.attempt(redirect, "programme.flash.outletUpdated", () -> outlets.update(id, form.details(pages)));
		return done ? "redirect:/programme/outlets" : "redirect:/programme/outlets/" + id + "/edit";
	}

	@PostMapping("/programme/outlets/{id}/open")
	String openOutlet(@PathVariable UUID id, @RequestParam(required = false) @Nullable String on,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.outletOpened", () -> outlets.open(id, day(on)));
		return "redirect:/programme/outlets";
	}

	@PostMapping("/programme/outlets/{id}/close")
	String closeOutlet(@PathVariable UUID id, @RequestParam(required = false) @Nullable String on,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.outletClosed", () -> outlets.close(id, day(on)));
		return "redirect:/programme/outlets";
	}

	private java.time.LocalDate day(@Nullable String value) {
		var day = pages.date(value, "on", false);
		return day == null ? pages.today() : day;
	}
}
