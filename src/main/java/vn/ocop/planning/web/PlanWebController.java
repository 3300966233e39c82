package vn.ocop.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.Role;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.TargetMeasures;

/**
 * The plan screens: the plans with their late tasks, and a plan with its targets (measured live) and its activities
 * and tasks (late ones highlighted). Each form is bound and checked (every error at once beside its field, the plan's
 * own rules beside the field they are about); one task's screen is {@link TaskWebController}'s.
 */
@Controller
class PlanWebController {

	/** The fields the plan's own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("programme.plan.exists", "year",
			"programme.plan.year.invalid", "year", "programme.plan.title.blank", "title", "programme.target.exists",
			"code", "programme.target.amount.negative", "amount", "programme.activity.exists", "number",
			"programme.task.description.blank", "description");

	private final PlanManagement plans;
	private final List<TargetMeasures> measures;
	private final PlanningPages pages;
	private final AccessScope scope;

	PlanWebController(PlanManagement plans, List<TargetMeasures> measures, PlanningPages pages, AccessScope scope) {
		this.plans = plans;
		this.measures = List.copyOf(measures);
		this.pages = pages;
		this.scope = scope;
	}

	@GetMapping("/programme")
	String index(Model model) {
		model.addAttribute("planForm", PlanForm.forYear(pages.today().getYear()));
		return indexPage(model);
	}

	@PostMapping("/programme/plans")
	String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.planCreated", () -> plans.create(form.plan()),
				RULE_FIELDS)) {
			return "redirect:/programme/plans/" + form.getYear();
		}
		return indexPage(model);
	}

	@PostMapping("/programme/plans/ha-tinh-2019")
	String loadHaTinh2019(RedirectAttributes redirect) {
		boolean ok = pages.attempt(redirect, "programme.flash.planLoaded", plans::loadHaTinh2019);
		return ok ? "redirect:/programme/plans/2019" : "redirect:/programme";
	}

	@GetMapping("/programme/plans/{year}")
	String plan(@PathVariable int year, Model model) {
		return planPage(year, null, model);
	}

	@PostMapping("/programme/plans/{year}/targets")
	String addTarget(@PathVariable int year, @Valid @ModelAttribute("targetForm") TargetForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.targetAdded", () -> plans.addTarget(year, form.details()),
				RULE_FIELDS)) {
			return "redirect:/programme/plans/" + year;
		}
		return planPage(year, null, model);
	}

	@PostMapping("/programme/plans/{year}/targets/{id}/delete")
	String removeTarget(@PathVariable int year, @PathVariable UUID id, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.targetRemoved", () -> {
			plans.removeTarget(year, id);
			return id;
		});
		return "redirect:/programme/plans/" + year;
	}

	@PostMapping("/programme/plans/{year}/activities")
	String addActivity(@PathVariable int year, @Valid @ModelAttribute("activityForm") ActivityForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.activityAdded",
				() -> plans.addActivity(year, Objects.requireNonNull(form.getNumber()), form.getTitle().strip()),
				RULE_FIELDS)) {
			return "redirect:/programme/plans/" + year;
		}
		return planPage(year, null, model);
	}

	@PostMapping("/programme/plans/{year}/activities/{number}/tasks")
	String addTask(@PathVariable int year, @PathVariable int number, @Valid @ModelAttribute("taskForm") TaskForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.taskAdded",
				() -> plans.addTask(year, number, form.details()), RULE_FIELDS)) {
			return "redirect:/programme/plans/" + year + "#activity-" + number;
		}
		return planPage(year, number, model);
	}

	private String indexPage(Model model) {
		model.addAttribute("plans", plans.plans());
		model.addAttribute("lateTasks", plans.lateTasks());
		model.addAttribute("office", isOffice());
		return "programme/index";
	}

	/** The plan's page; {@code taskActivity}: the activity whose new task's form has errors, if any. */
	private String planPage(int year, @Nullable Integer taskActivity, Model model) {
		var plan = plans.plan(year);
		// the indicators measuring the targets come from the module that counts them (kpi), when there is one
		Map<String, TargetMeasures.Measured> measured = new LinkedHashMap<>();
		List<String> codes = new ArrayList<>();
		measures.forEach(m -> {
			measured.putAll(m.measured(year));
			codes.addAll(m.codes());
		});
		model.addAttribute("plan", plan);
		model.addAttribute("measured", measured);
		model.addAttribute("measureCodes", codes);
		model.addAttribute("office", isOffice());
		if (!model.containsAttribute("targetForm")) {
			model.addAttribute("targetForm", new TargetForm());
		}
		if (!model.containsAttribute("activityForm")) {
			model.addAttribute("activityForm", new ActivityForm());
		}
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", new TaskForm());
		}
		model.addAttribute("newTaskForm", new TaskForm());
		model.addAttribute("taskActivity", taskActivity);
		return "programme/plan";
	}

	private boolean isOffice() {
		return scope.currentUser().map(u -> u.has(Role.PROVINCE_ADMIN)).orElse(false);
	}
}
