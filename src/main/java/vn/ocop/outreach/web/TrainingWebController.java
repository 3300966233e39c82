package vn.ocop.outreach.web;

import java.util.HashSet;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.outreach.Audience;
import vn.ocop.outreach.TrainingManagement;
import vn.ocop.outreach.TrainingView;

/**
 * The training screens: courses (the form shows every error at once beside its field) with their sessions,
 * participants, attendance and completion.
 */
@Controller
class TrainingWebController {

	/** The field the course's own rule is about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("programme.training.dates", "endsOn");

	/** The fields the rules about a session and an enrolment are about. */
	private static final Map<String, String> SESSION_FIELDS = Map.of("programme.training.session.outside", "heldOn");

	private static final Map<String, String> ENROLMENT_FIELDS = Map.of("programme.training.account.unknown",
			"username", "programme.training.producer.unknown", "producerId", "programme.training.participant.exists",
			"fullName");

	private final TrainingManagement trainings;
	private final OutreachPages pages;

	TrainingWebController(TrainingManagement trainings, OutreachPages pages) {
		this.trainings = trainings;
		this.pages = pages;
	}

	@GetMapping("/programme/trainings")
	String trainings(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("trainingForm", new TrainingForm());
		return listPage(year, model);
	}

	@PostMapping("/programme/trainings")
	String createTraining(@Valid @ModelAttribute("trainingForm") TrainingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UUID[] created = new UUID[1];
		boolean ok = pages.attempt(binding, redirect, "programme.flash.trainingCreated", () -> {
			var training = trainings.create(form.details());
			created[0] = training.id();
			return training;
		}, RULE_FIELDS);
		return ok ? "redirect:/programme/trainings/" + created[0] : listPage(null, model);
	}

	@GetMapping("/programme/trainings/{id}/edit")
	String editTraining(@PathVariable UUID id, Model model) {
		TrainingView training = trainings.training(id);
		model.addAttribute("trainingForm", TrainingForm.of(training));
		return editPage(training, model);
	}

	@PostMapping("/programme/trainings/{id}")
	String updateTraining(@PathVariable UUID id, @Valid @ModelAttribute("trainingForm") TrainingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		boolean done = pages.attempt(binding, redirect, "programme.flash.trainingUpdated",
				() -> trainings.update(id, form.details()), RULE_FIELDS);
		return done ? "redirect:/programme/trainings/" + id : editPage(trainings.training(id), model);
	}

	private String listPage(@Nullable Integer year, Model model) {
		model.addAttribute("trainings", trainings.trainings(year));
		model.addAttribute("year", year);
		choices(model);
		return "programme/trainings";
	}

	private String editPage(TrainingView training, Model model) {
		model.addAttribute("training", training);
		choices(model);
		return "programme/training-edit";
	}

	private void choices(Model model) {
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("units", pages.units());
	}

	@GetMapping("/programme/trainings/{id}")
	String training(@PathVariable UUID id, Model model) {
		return trainingPage(id, null, model);
	}

	@PostMapping("/programme/trainings/{id}/sessions")
	String addSession(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.sessionAdded",
				() -> trainings.addSession(id, Objects.requireNonNull(form.getHeldOn()), form.getTopic().strip()),
				SESSION_FIELDS)) {
			return "redirect:/programme/trainings/" + id;
		}
		return trainingPage(id, null, model);
	}

	@PostMapping("/programme/trainings/{id}/participants")
	String enrol(@PathVariable UUID id, @Valid @ModelAttribute("enrolmentForm") EnrolmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.enrolled", () -> trainings.enrol(id, form.enrolment()),
				ENROLMENT_FIELDS)) {
			return "redirect:/programme/trainings/" + id;
		}
		return trainingPage(id, null, model);
	}

	@PostMapping("/programme/trainings/{id}/sessions/{sessionId}/attendance")
	String attendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@Valid @ModelAttribute("attendanceForm") AttendanceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.attendance",
				() -> trainings.recordAttendance(id, sessionId, new HashSet<>(form.getPresent())), Map.of())) {
			return "redirect:/programme/trainings/" + id;
		}
		return trainingPage(id, sessionId, model);
	}

	@PostMapping("/programme/trainings/{id}/participants/{participantId}/completion")
	String completion(@PathVariable UUID id, @PathVariable UUID participantId,
			@Valid @ModelAttribute("completionForm") CompletionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.completion",
				() -> trainings.complete(id, participantId, form.isCompleted()), Map.of())) {
			return "redirect:/programme/trainings/" + id;
		}
		model.addAttribute("completionFor", participantId);
		return trainingPage(id, null, model);
	}

	/** The course's page; {@code attendanceFor}: the session whose attendance form has errors, if any. */
	private String trainingPage(UUID id, @Nullable UUID attendanceFor, Model model) {
		model.addAttribute("training", trainings.training(id));
		model.addAttribute("unitName", (java.util.function.Function<String, String>) pages::unitName);
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm());
		}
		if (!model.containsAttribute("enrolmentForm")) {
			model.addAttribute("enrolmentForm", new EnrolmentForm());
		}
		if (!model.containsAttribute("attendanceForm")) {
			model.addAttribute("attendanceForm", new AttendanceForm());
		}
		if (!model.containsAttribute("completionForm")) {
			model.addAttribute("completionForm", new CompletionForm());
		}
		model.addAttribute("attendanceFor", attendanceFor);
		return "programme/training";
	}
}
