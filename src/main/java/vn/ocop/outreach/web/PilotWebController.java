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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotManagement;
import vn.ocop.outreach.PilotView;

/**
 * The pilot model screens: the models of a year by level, the form with the products (every error at once beside
 * its field), progress.
 */
@Controller
class PilotWebController {

	/** The field the model's own rule is about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("programme.pilot.district.unit", "communeCode");

	/** The field the rules about progress are about. */
	private static final Map<String, String> PROGRESS_FIELDS = Map.of("programme.task.progress.range", "progress",
			"programme.pilot.built", "progress");

	private final PilotManagement pilots;
	private final OutreachPages pages;

	PilotWebController(PilotManagement pilots, OutreachPages pages) {
		this.pilots = pilots;
		this.pages = pages;
	}

	@GetMapping("/programme/pilots")
	String pilots(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("pilotForm", PilotForm.forYear(pages.today().getYear()));
		return listPage(year, model);
	}

	@PostMapping("/programme/pilots")
	String createPilot(@Valid @ModelAttribute("pilotForm") PilotForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.pilotCreated", () -> pilots.create(form.details()),
				RULE_FIELDS)) {
			return "redirect:/programme/pilots";
		}
		return listPage(null, model);
	}

	@GetMapping("/programme/pilots/{id}/edit")
	String editPilot(@PathVariable UUID id, Model model) {
		PilotView pilot = pilots.pilot(id);
		model.addAttribute("pilotForm", PilotForm.of(pilot));
		return editPage(pilot, model);
	}

	@PostMapping("/programme/pilots/{id}")
	String updatePilot(@PathVariable UUID id, @Valid @ModelAttribute("pilotForm") PilotForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.pilotUpdated", () -> pilots.update(id, form.details()),
				RULE_FIELDS)) {
			return "redirect:/programme/pilots";
		}
		return editPage(pilots.pilot(id), model);
	}

	private String listPage(@Nullable Integer year, Model model) {
		if (!model.containsAttribute("pilotForm")) {
			model.addAttribute("pilotForm", PilotForm.forYear(pages.today().getYear()));
		}
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", new ProgressForm());
		}
		model.addAttribute("pilots", pilots.pilots(year));
		model.addAttribute("year", year);
		model.addAttribute("thisYear", pages.today().getYear());
		choices(model);
		return "programme/pilots";
	}

	private String editPage(PilotView pilot, Model model) {
		model.addAttribute("pilot", pilot);
		choices(model);
		return "programme/pilot-edit";
	}

	private void choices(Model model) {
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("products", pages.certifiedProducts());
		model.addAttribute("units", pages.units());
	}

	@PostMapping("/programme/pilots/{id}/progress")
	String pilotProgress(@PathVariable UUID id, @Valid @ModelAttribute("progressForm") ProgressForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.pilotProgress",
				() -> pilots.progress(id, java.util.Objects.requireNonNull(form.getProgress())), PROGRESS_FIELDS)) {
			return "redirect:/programme/pilots";
		}
		model.addAttribute("progressFor", id);
		return listPage(null, model);
	}
}
