package vn.ocop.inspection.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
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
import vn.ocop.inspection.InspectionExports;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionStatus;
import vn.ocop.inspection.InspectionView;
import vn.ocop.shared.web.NavigationItem;

/**
 * The inspection screens: the inspections of a year, one opened (from a plan's line or unplanned), and its
 * checklist and conclusion. Each form is bound and checked (every error at once beside its field, the
 * inspection's own rules beside the field they are about). Plans are {@link InspectionPlanWebController}'s, findings
 * and the office's sanction decisions {@link FindingWebController}'s.
 */
@Controller
class InspectionWebController {

	private final InspectionManagement inspections;
	private final InspectionExports exports;
	private final InspectionScreens screens;

	InspectionWebController(InspectionManagement inspections, InspectionExports exports, InspectionScreens screens) {
		this.inspections = inspections;
		this.exports = exports;
		this.screens = screens;
	}

	@GetMapping("/monitoring/inspections")
	String index(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable InspectionStatus status, Model model) {
		return screens.index(year, status, model);
	}

	@GetMapping("/monitoring/inspections/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer year) {
		return InspectionPages.xlsx(exports.inspections(year), "kiem-tra" + (year == null ? "" : "-" + year) + ".xlsx");
	}

	/** Opens an inspection: from an approved plan's line (shown again on the plan when refused) or unplanned. */
	@PostMapping("/monitoring/inspections")
	String open(@Valid @ModelAttribute("openForm") OpenForm form, BindingResult binding, Model model) {
		InspectionView[] opened = new InspectionView[1];
		if (screens.submit(binding, () -> opened[0] = inspections.open(form.inspection()))) {
			return "redirect:/monitoring/inspections/" + opened[0].id();
		}
		UUID plan = form.getPlanItemId() == null ? null : screens.planOf(form.getPlanItemId());
		if (plan != null) {
			return screens.plan(plan, form.getPlanItemId(), model);
		}
		return screens.index(null, null, model);
	}

	@GetMapping("/monitoring/inspections/{id}")
	String inspection(@PathVariable UUID id, Model model) {
		return screens.inspection(id, null, model);
	}

	@PostMapping("/monitoring/inspections/{id}/checklist")
	String checklist(@PathVariable UUID id, @Valid @ModelAttribute("checklistForm") ChecklistForm form,
			BindingResult binding, @RequestParam Map<String, String> parameters, Model model,
			RedirectAttributes redirect) {
		form.read(parameters);
		var outcomes = form.outcomes(binding, screens);
		if (screens.submit(binding, redirect, "monitoring.flash.checksRecorded",
				() -> inspections.recordChecks(id, outcomes))) {
			// the message counts the outcomes recorded
			redirect.addFlashAttribute("monitoringFlash", screens.text("monitoring.flash.checksRecorded", outcomes.size()));
			return "redirect:/monitoring/inspections/" + id;
		}
		return screens.inspection(id, null, model);
	}

	@PostMapping("/monitoring/inspections/{id}/conclusion")
	String conclude(@PathVariable UUID id, @Valid @ModelAttribute("conclusionForm") ConclusionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (screens.submit(binding, redirect, "monitoring.flash.concluded",
				() -> inspections.conclude(id, Objects.requireNonNull(form.getConclusion()), form.getInspectedOn()))) {
			return "redirect:/monitoring/inspections/" + id;
		}
		return screens.inspection(id, null, model);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem monitoringInspectionsNav() {
			return NavigationItem.of("nav.monitoring.inspections", "/monitoring/inspections", 51, "PROVINCE_ADMIN",
					"INSPECTOR", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
		}
	}
}
