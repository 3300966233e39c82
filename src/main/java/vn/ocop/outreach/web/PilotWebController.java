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

import vn.ocop.outreach.PilotDetails;
import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotManagement;
import vn.ocop.outreach.PilotView;

/**
 * The pilot model screens: the models of a year by level, the form with the products, progress.
 */
@Controller
class PilotWebController {

	private final PilotManagement pilots;
	private final OutreachPages pages;

	PilotWebController(PilotManagement pilots, OutreachPages pages) {
		this.pilots = pilots;
		this.pages = pages;
	}

	@GetMapping("/programme/pilots")
	String pilots(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("pilots", pilots.pilots(year));
		model.addAttribute("year", year);
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("products", pages.certifiedProducts());
		model.addAttribute("units", pages.units());
		model.addAttribute("thisYear", pages.today().getYear());
		return "programme/pilots";
	}

	/** The fields of the pilot model form, as typed (checked when turned into details). */
	record PilotForm(@Nullable String year, @Nullable String name, @Nullable String level, @Nullable String type,
			@Nullable String communeCode, @Nullable String location, @Nullable String description,
			@Nullable List<String> productIds) {

		PilotDetails details(OutreachPages pages) {
			return new PilotDetails(pages.integer(year, "year", true), pages.required(name, "name"),
					pages.choice(PilotLevel.class, level, "level"), pages.required(type, "type"), communeCode, location,
					description, pages.ids(productIds, "productIds"));
		}
	}

	@PostMapping("/programme/pilots")
	String createPilot(PilotForm form, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.pilotCreated", () -> pilots.create(form.details(pages)));
		return "redirect:/programme/pilots";
	}

	@GetMapping("/programme/pilots/{id}/edit")
	String editPilot(@PathVariable UUID id, Model model) {
		PilotView pilot = pilots.pilot(id);
		model.addAttribute("pilot", pilot);
		model.addAttribute("linkedIds", OutreachPages.linkedIds(pilot.products()));
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("products", pages.certifiedProducts());
		model.addAttribute("units", pages.units());
		return "programme/pilot-edit";
	}

	@PostMapping("/programme/pilots/{id}")
	String updatePilot(@PathVariable UUID id, PilotForm form, RedirectAttributes redirect) {
		boolean done = pages.attempt(redirect, "programme.flash.pilotUpdated", () -> pilots.update(id, form.details(pages)));
		return done ? "redirect:/programme/pilots" : "redirect:/programme/pilots/" + id + "/edit";
	}

	@PostMapping("/programme/pilots/{id}/progress")
	String pilotProgress(@PathVariable UUID id, @RequestParam(required = false) @Nullable String progress,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.pilotProgress",
				() -> pilots.progress(id, pages.integer(progress, "progress", true)));
		return "redirect:/programme/pilots";
	}
}
