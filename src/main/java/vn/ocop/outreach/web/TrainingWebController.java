package vn.ocop.outreach.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.outreach.Audience;
import vn.ocop.outreach.TrainingDetails;
import vn.ocop.outreach.TrainingManagement;

/**
 * The training screens: courses with their sessions, participants, attendance and completion.
 */
@Controller
class TrainingWebController {

	private final TrainingManagement trainings;
	private final OutreachPages pages;

	TrainingWebController(TrainingManagement trainings, OutreachPages pages) {
		this.trainings = trainings;
		this.pages = pages;
	}

	@GetMapping("/programme/trainings")
	String trainings(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("trainings", trainings.trainings(year));
		model.addAttribute("year", year);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("units", pages.units());
		return "programme/trainings";
	}

	/** The fields of the training form, as typed (checked when turned into details). */
	record TrainingForm(@Nullable String title, @Nullable String organiser, @Nullable String audience,
			@Nullable String place, @Nullable String communeCode, @Nullable String startsOn, @Nullable String endsOn,
			@Nullable String description) {

		TrainingDetails details(OutreachPages pages) {
			return new TrainingDetails(pages.required(title, "title"), pages.required(organiser, "organiser"),
					pages.choice(Audience.class, audience, "audience"), place, communeCode,
					pages.date(startsOn, "startsOn", true), pages.date(endsOn, "endsOn", true), description);
		}
	}

	@PostMapping("/programme/trainings")
	String createTraining(TrainingForm form, RedirectAttributes redirect) {
		UUID[] created = new UUID[1];
		boolean ok = pages.attempt(redirect, "programme.flash.trainingCreated", () -> {
			var training = trainings.create(form.details(pages));
			created[0] = training.id();
			return training;
		});
		return ok ? "redirect:/programme/trainings/" + created[0] : "redirect:/programme/trainings";
	}

	@GetMapping("/programme/trainings/{id}/edit")
	String editTraining(@PathVariable UUID id, Model model) {
		model.addAttribute("training", trainings.training(id));
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("units", pages.units());
		return "programme/training-edit";
	}

	@PostMapping("/programme/trainings/{id}")
	String updateTraining(@PathVariable UUID id, TrainingForm form, RedirectAttributes redirect) {
		boolean done = pages.attempt(redirect, "programme.flash.trainingUpdated",
				() -> trainings.update(id, form.details(pages)));
		return done ? "redirect:/programme/trainings/" + id : "redirect:/programme/trainings/" + id + "/edit";
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
