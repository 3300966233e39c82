package vn.ocop.outreach.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
		model.addAttribute("training", trainings.training(id));
		model.addAttribute("unitName", (java.util.function.Function<String, String>) pages::unitName);
		return "programme/training";
	}

	@PostMapping("/programme/trainings/{id}/sessions")
	String addSession(@PathVariable UUID id, @RequestParam(required = false) @Nullable String heldOn,
			@RequestParam(required = false) @Nullable String topic, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.sessionAdded", () -> trainings.addSession(id,
				pages.date(heldOn, "heldOn", true), pages.required(topic, "topic")));
		return "redirect:/programme/trainings/" + id;
	}

	@PostMapping("/programme/trainings/{id}/participants")
	String enrol(@PathVariable UUID id, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String producerId,
			@RequestParam(required = false) @Nullable String fullName, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.enrolled", () -> {
			List<UUID> producer = pages.ids(producerId == null ? null : List.of(producerId), "producerId");
			return trainings.enrol(id, new TrainingManagement.Enrolment(username,
					producer.isEmpty() ? null : producer.get(0), fullName, null));
		});
		return "redirect:/programme/trainings/" + id;
	}

	@PostMapping("/programme/trainings/{id}/sessions/{sessionId}/attendance")
	String attendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(name = "present", required = false) @Nullable List<String> present,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.attendance", () -> {
			Set<UUID> ids = new HashSet<>(pages.ids(present, "present"));
			return trainings.recordAttendance(id, sessionId, ids);
		});
		return "redirect:/programme/trainings/" + id;
	}

	@PostMapping("/programme/trainings/{id}/participants/{participantId}/completion")
	String completion(@PathVariable UUID id, @PathVariable UUID participantId,
			@RequestParam(defaultValue = "true") boolean completed, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.completion", () -> trainings.complete(id, participantId, completed));
		return "redirect:/programme/trainings/" + id;
	}
}
