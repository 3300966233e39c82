package vn.ocop.inspection.web;

import java.util.Objects;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.inspection.InspectionExports;
import vn.ocop.inspection.InspectionPlanView;
import vn.ocop.inspection.InspectionPlanning;
import vn.ocop.shared.BusinessRuleException;

/**
 * A year's inspection plan: drafted (title, agencies, checklist), its lines (product, month), submitted, approved
 * or returned with the reason. Each form is bound and checked (every error at once beside its field, the plan's own
 * rules beside the field they are about); a refused plan is shown again on the inspections page.
 */
@Controller
class InspectionPlanWebController {

	private final InspectionPlanning planning;
	private final InspectionExports exports;
	private final InspectionScreens screens;
	private final MessageSource messages;

	InspectionPlanWebController(InspectionPlanning planning, InspectionExports exports, InspectionScreens screens,
			MessageSource messages) {
		this.planning = planning;
		this.exports = exports;
		this.screens = screens;
		this.messages = messages;
	}

	@PostMapping("/monitoring/inspections/plans")
	String createPlan(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model) {
		InspectionPlanView[] created = new InspectionPlanView[1];
		if (screens.submit(binding, () -> created[0] = planning.createPlan(form.plan()))) {
			return "redirect:/monitoring/inspections/plans/" + created[0].id();
		}
		return screens.index(form.getYear(), null, model);
	}

	@GetMapping("/monitoring/inspections/plans/{id}")
	String plan(@PathVariable UUID id, Model model) {
		return screens.plan(id, null, model);
	}

	@GetMapping("/monitoring/inspections/plans/{id}/export.xlsx")
	ResponseEntity<byte[]> exportPlan(@PathVariable UUID id) {
		return InspectionPages.xlsx(exports.plan(id), "ke-hoach-kiem-tra-" + planning.plan(id).year() + ".xlsx");
	}

	@PostMapping("/monitoring/inspections/plans/{id}/items")
	String addItem(@PathVariable UUID id, @Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult binding,
			Model model) {
		if (screens.submit(binding, () -> planning.addPlanItem(id, form.item()))) {
			return "redirect:/monitoring/inspections/plans/" + id;
		}
		return screens.plan(id, null, model);
	}

	/** Takes a line off a plan being drafted (a button: nothing to fill in, a refusal is flashed). */
	@PostMapping("/monitoring/inspections/plans/{id}/items/{itemId}/removal")
	String removeItem(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
		try {
			planning.removePlanItem(id, itemId);
		}
		catch (BusinessRuleException e) {
			InspectionPages.failed(redirect, messages, e);
		}
		return "redirect:/monitoring/inspections/plans/" + id;
	}

	/** Submits the plan for approval (a button: nothing to fill in, a refusal is flashed). */
	@PostMapping("/monitoring/inspections/plans/{id}/submission")
	String submitPlan(@PathVariable UUID id, RedirectAttributes redirect) {
		screens.attempt(redirect, "monitoring.flash.planSubmitted", () -> planning.submitPlan(id));
		return "redirect:/monitoring/inspections/plans/" + id;
	}

	@PostMapping("/monitoring/inspections/plans/{id}/decision")
	String decidePlan(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") PlanDecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		boolean approve = Boolean.TRUE.equals(form.getApprove());
		if (screens.submit(binding, redirect, approve ? "monitoring.flash.planApproved" : "monitoring.flash.planReturned",
				() -> planning.decidePlan(id, Objects.requireNonNull(form.getApprove()), form.getNote()))) {
			return "redirect:/monitoring/inspections/plans/" + id;
		}
		return screens.plan(id, null, model);
	}
}
