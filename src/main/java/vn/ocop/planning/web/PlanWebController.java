package vn.ocop.planning.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.Role;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.TargetMeasures;
import vn.ocop.planning.TaskStatus;
import vn.ocop.planning.TaskView;

/**
 * The plan screens: the plans with their late tasks, a plan with its targets (measured live) and its activities and
 * tasks (late ones highlighted), and one task with its status, progress notes and attachments.
 */
@Controller
class PlanWebController {

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
		model.addAttribute("plans", plans.plans());
		model.addAttribute("lateTasks", plans.lateTasks());
		model.addAttribute("office", isOffice());
		model.addAttribute("nextYear", pages.today().getYear());
		return "programme/index";
	}

	@PostMapping("/programme/plans")
	String create(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String reference, RedirectAttributes redirect) {
		Integer[] created = new Integer[1];
		boolean ok = pages.attempt(redirect, "programme.flash.planCreated", () -> {
			int y = pages.integer(year, "year", true);
			created[0] = y;
			return plans.create(new PlanManagement.NewPlan(y, pages.required(title, "title"), reference));
		});
		return ok ? "redirect:/programme/plans/" + created[0] : "redirect:/programme";
	}

	@PostMapping("/programme/plans/ha-tinh-2019")
	String loadHaTinh2019(RedirectAttributes redirect) {
		boolean ok = pages.attempt(redirect, "programme.flash.planLoaded", plans::loadHaTinh2019);
		return ok ? "redirect:/programme/plans/2019" : "redirect:/programme";
	}

	@GetMapping("/programme/plans/{year}")
	String plan(@PathVariable int year, Model model) {
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
		return "programme/plan";
	}

	@PostMapping("/programme/plans/{year}/targets")
	String addTarget(@PathVariable int year, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String measure,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.targetAdded", () -> {
			BigDecimal value = pages.decimal(amount, "amount");
			return plans.addTarget(year, new PlanManagement.TargetDetails(pages.required(code, "code"),
					pages.required(label, "label"), value, pages.required(unit, "unit"), measure, note));
		});
		return "redirect:/programme/plans/" + year;
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
	String addActivity(@PathVariable int year, @RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String title, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.activityAdded",
				() -> plans.addActivity(year, pages.integer(number, "number", true), pages.required(title, "title")));
		return "redirect:/programme/plans/" + year;
	}

	@PostMapping("/programme/plans/{year}/activities/{number}/tasks")
	String addTask(@PathVariable int year, @PathVariable int number,
			@RequestParam(required = false) @Nullable String taskNumber,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String leadAgency,
			@RequestParam(required = false) @Nullable String partners,
			@RequestParam(required = false) @Nullable String leadAccount,
			@RequestParam(required = false) @Nullable String deadline, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.taskAdded", () -> plans.addTask(year, number,
				new PlanManagement.TaskDetails(pages.required(taskNumber, "number"), pages.required(description, "description"),
						leadAgency, partners, leadAccount, pages.date(deadline, "deadline", false))));
		return "redirect:/programme/plans/" + year + "#activity-" + number;
	}

	/**
	 * A task that answers a difficulty raised in a monthly report (issue 18): the form, with the difficulty as the
	 * task's description and the activities of this year's plan (or the latest plan) to put it under.
	 */
	@GetMapping("/programme/tasks/from-report")
	String taskFromReport(@RequestParam UUID reportId, @RequestParam(required = false) @Nullable String reportMonth,
			@RequestParam(required = false) @Nullable String difficulty, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		if (!isOffice()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the office adds plan tasks");
		}
		var plansByYear = plans.plans();
		if (plansByYear.isEmpty()) {
			throw vn.ocop.shared.BusinessRuleException.conflict("programme.followUp.noPlan");
		}
		int thisYear = pages.today().getYear();
		int chosen = year != null ? year
				: plansByYear.stream().mapToInt(PlanManagement.PlanSummary::year).filter(y -> y <= thisYear).max()
						.orElse(plansByYear.get(0).year());
		model.addAttribute("plansByYear", plansByYear);
		model.addAttribute("plan", plans.plan(chosen));
		model.addAttribute("reportId", reportId);
		model.addAttribute("reportMonth", reportMonth);
		model.addAttribute("difficulty", difficulty);
		return "programme/task-from-report";
	}

	@PostMapping("/programme/tasks/from-report")
	String addTaskFromReport(@RequestParam UUID reportId, @RequestParam(required = false) @Nullable String reportMonth,
			@RequestParam int year, @RequestParam(required = false) @Nullable String activity,
			@RequestParam(required = false) @Nullable String taskNumber,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String leadAgency,
			@RequestParam(required = false) @Nullable String leadAccount,
			@RequestParam(required = false) @Nullable String deadline, RedirectAttributes redirect) {
		TaskView[] created = new TaskView[1];
		boolean ok = pages.attempt(redirect, "programme.flash.taskAdded", () -> created[0] = plans.addTaskFromReport(year,
				pages.integer(activity, "activity", true),
				new PlanManagement.TaskDetails(pages.required(taskNumber, "number"), pages.required(description, "description"),
						leadAgency, null, leadAccount, pages.date(deadline, "deadline", false)),
				reportId, reportMonth));
		if (ok) {
			return "redirect:/programme/tasks/" + created[0].id();
		}
		return "redirect:/programme/tasks/from-report?reportId=" + reportId + "&year=" + year
				+ (reportMonth == null ? "" : "&reportMonth=" + reportMonth);
	}

	@GetMapping("/programme/tasks/{id}")
	String task(@PathVariable UUID id, Model model) {
		TaskView task = plans.task(id);
		model.addAttribute("task", task);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("office", isOffice());
		var user = scope.currentUser().orElseThrow();
		model.addAttribute("mayReport", isOffice() || user.username().equals(task.leadAccount()));
		model.addAttribute("place", plans.placeOf(id));
		return "programme/task";
	}

	@PostMapping("/programme/tasks/{id}/status")
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.taskMoved",
				() -> plans.moveTask(id, pages.choice(TaskStatus.class, status, "status")));
		return "redirect:/programme/tasks/" + id;
	}

	@PostMapping("/programme/tasks/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String progress, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.noteAdded", () -> {
			Integer percent = pages.integer(progress, "progress", false);
			return plans.report(id, pages.required(note, "note"), percent);
		});
		return "redirect:/programme/tasks/" + id;
	}

	@PostMapping("/programme/tasks/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String leadAgency,
			@RequestParam(required = false) @Nullable String partners,
			@RequestParam(required = false) @Nullable String leadAccount,
			@RequestParam(required = false) @Nullable String deadline, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.taskChanged", () -> {
			var task = plans.task(id);
			return plans.changeTask(id, new PlanManagement.TaskDetails(task.number(),
					pages.required(description, "description"), leadAgency, partners, leadAccount,
					pages.date(deadline, "deadline", false)));
		});
		return "redirect:/programme/tasks/" + id;
	}

	@PostMapping("/programme/tasks/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.attached", () -> {
			if (file == null || file.isEmpty()) {
				throw vn.ocop.shared.BusinessRuleException.unprocessable("programme.attachment.empty");
			}
			try {
				return plans.attach(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
						file.getInputStream());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		return "redirect:/programme/tasks/" + id;
	}

	@GetMapping("/programme/tasks/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = plans.attachment(id, attachmentId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(new InputStreamResource(file.content()));
	}

	private boolean isOffice() {
		return scope.currentUser().map(u -> u.has(Role.PROVINCE_ADMIN)).orElse(false);
	}
}
