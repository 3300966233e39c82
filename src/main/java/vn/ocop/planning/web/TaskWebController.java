package vn.ocop.planning.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.Role;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.TaskStatus;
import vn.ocop.planning.TaskView;
import vn.ocop.shared.BusinessRuleException;

/**
 * One plan task's screen: its status, progress notes, attachments and details, and the task assigned from a monthly
 * report's difficulty. Each form is bound and checked (every error at once beside its field, the task's own rules
 * beside the field they are about).
 */
@Controller
class TaskWebController {

	/** The fields the task's own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("programme.task.status.illegal", "status",
			"programme.task.note.blank", "note", "programme.task.progress.range", "progress",
			"programme.task.description.blank", "description", "programme.attachment.empty", "file",
			"programme.attachment.tooLarge", "file", "programme.attachment.type", "file");

	private final PlanManagement plans;
	private final PlanningPages pages;
	private final AccessScope scope;

	TaskWebController(PlanManagement plans, PlanningPages pages, AccessScope scope) {
		this.plans = plans;
		this.pages = pages;
		this.scope = scope;
	}

	/**
	 * A task that answers a difficulty raised in a monthly report (issue 18): the form, with the difficulty as the
	 * task's description and the activities of this year's plan (or the latest plan) to put it under.
	 */
	@GetMapping("/programme/tasks/from-report")
	String taskFromReport(@RequestParam UUID reportId, @RequestParam(required = false) @Nullable String reportMonth,
			@RequestParam(required = false) @Nullable String difficulty, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		var form = new TaskFromReportForm();
		form.setReportId(reportId);
		form.setReportMonth(reportMonth);
		form.setDescription(difficulty);
		model.addAttribute("taskForm", form);
		return fromReportPage(year, difficulty, model);
	}

	@PostMapping("/programme/tasks/from-report")
	String addTaskFromReport(@Valid @ModelAttribute("taskForm") TaskFromReportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		TaskView[] created = new TaskView[1];
		if (pages.attempt(binding, redirect, "programme.flash.taskAdded",
				() -> created[0] = plans.addTaskFromReport(Objects.requireNonNull(form.getYear()),
						Objects.requireNonNull(form.getActivity()), form.details(),
						Objects.requireNonNull(form.getReportId()),
						form.getReportMonth().isBlank() ? null : form.getReportMonth()),
				RULE_FIELDS)) {
			return "redirect:/programme/tasks/" + created[0].id();
		}
		if (form.getReportId() == null) {
			throw BusinessRuleException.unprocessable("programme.field.required", pages.text("programme.page.fromReport"));
		}
		return fromReportPage(form.getYear(), form.getDescription(), model);
	}

	private String fromReportPage(@Nullable Integer year, @Nullable String difficulty, Model model) {
		if (!isOffice()) {
			throw new AccessDeniedException("Only the office adds plan tasks");
		}
		var plansByYear = plans.plans();
		if (plansByYear.isEmpty()) {
			throw BusinessRuleException.conflict("programme.followUp.noPlan");
		}
		int thisYear = pages.today().getYear();
		int chosen = year != null ? year
				: plansByYear.stream().mapToInt(PlanManagement.PlanSummary::year).filter(y -> y <= thisYear).max()
						.orElse(plansByYear.get(0).year());
		var form = (TaskFromReportForm) model.getAttribute("taskForm");
		model.addAttribute("plansByYear", plansByYear);
		model.addAttribute("plan", plans.plan(chosen));
		model.addAttribute("reportId", form == null ? null : form.getReportId());
		model.addAttribute("reportMonth", form == null || form.getReportMonth().isBlank() ? null : form.getReportMonth());
		model.addAttribute("difficulty", difficulty);
		return "programme/task-from-report";
	}

	@GetMapping("/programme/tasks/{id}")
	String task(@PathVariable UUID id, Model model) {
		return taskPage(id, model);
	}

	@PostMapping("/programme/tasks/{id}/status")
	String move(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") TaskStatusForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.taskMoved",
				() -> plans.moveTask(id, Objects.requireNonNull(form.getStatus())), RULE_FIELDS)) {
			return "redirect:/programme/tasks/" + id;
		}
		return taskPage(id, model);
	}

	@PostMapping("/programme/tasks/{id}/notes")
	String note(@PathVariable UUID id, @Valid @ModelAttribute("noteForm") TaskNoteForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.noteAdded",
				() -> plans.report(id, form.getNote().strip(), form.getProgress()), RULE_FIELDS)) {
			return "redirect:/programme/tasks/" + id;
		}
		return taskPage(id, model);
	}

	@PostMapping("/programme/tasks/{id}/edit")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("taskForm") TaskChangeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.taskChanged",
				() -> plans.changeTask(id, form.details(plans.task(id).number())), RULE_FIELDS)) {
			return "redirect:/programme/tasks/" + id;
		}
		return taskPage(id, model);
	}

	@PostMapping("/programme/tasks/{id}/attachments")
	String attach(@PathVariable UUID id, @ModelAttribute("attachmentForm") AttachmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var file = form.getFile();
		if (pages.attempt(binding, redirect, "programme.flash.attached", () -> {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.unprocessable("programme.attachment.empty");
			}
			try {
				return plans.attach(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
						file.getInputStream());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, RULE_FIELDS)) {
			return "redirect:/programme/tasks/" + id;
		}
		return taskPage(id, model);
	}

	@GetMapping("/programme/tasks/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = plans.attachment(id, attachmentId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
				.body(new InputStreamResource(file.content()));
	}

	private String taskPage(UUID id, Model model) {
		TaskView task = plans.task(id);
		model.addAttribute("task", task);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("office", isOffice());
		var user = scope.currentUser().orElseThrow();
		model.addAttribute("mayReport", isOffice() || user.username().equals(task.leadAccount()));
		model.addAttribute("place", plans.placeOf(id));
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", TaskStatusForm.of(task.status()));
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new TaskNoteForm());
		}
		if (!model.containsAttribute("attachmentForm")) {
			model.addAttribute("attachmentForm", new AttachmentForm());
		}
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskChangeForm.of(task));
		}
		return "programme/task";
	}

	private boolean isOffice() {
		return scope.currentUser().map(u -> u.has(Role.PROVINCE_ADMIN)).orElse(false);
	}
}
