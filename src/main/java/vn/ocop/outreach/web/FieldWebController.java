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
import vn.ocop.outreach.EventDetails;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.EventManagement;
import vn.ocop.outreach.EventView;
import vn.ocop.outreach.LinkedProduct;
import vn.ocop.outreach.OutletDetails;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletManagement;
import vn.ocop.outreach.OutletView;
import vn.ocop.outreach.PilotDetails;
import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotManagement;
import vn.ocop.outreach.PilotView;
import vn.ocop.outreach.TrainingDetails;
import vn.ocop.outreach.TrainingManagement;

/**
 * The back-office screens of the programme's field work: training courses (sessions, participants, attendance,
 * completion), sales centres and points, pilot models and events.
 */
@Controller
class FieldWebController {

	private final TrainingManagement trainings;
	private final OutletManagement outlets;
	private final PilotManagement pilots;
	private final EventManagement events;
	private final OutreachPages pages;
	private final vn.ocop.registry.RegistryManagement registry;

	FieldWebController(TrainingManagement trainings, OutletManagement outlets, PilotManagement pilots,
			EventManagement events, OutreachPages pages, vn.ocop.registry.RegistryManagement registry) {
		this.registry = registry;
		this.trainings = trainings;
		this.outlets = outlets;
		this.pilots = pilots;
		this.events = events;
		this.pages = pages;
	}

	/** The ids of the products an outlet, pilot or event links to, as the product pickers' values. */
	private static List<String> linkedIds(List<LinkedProduct> products) {
		return products.stream().map(p -> p.productId().toString()).toList();
	}

	/** The certified products the user can see, to link to outlets, pilots and events. */
	private List<vn.ocop.registry.ProductSummary> certifiedProducts() {
		return registry.allProducts(new vn.ocop.registry.ProductFilter(null, vn.ocop.registry.ProductStatus.CERTIFIED,
				null, null, null, null, null), 500);
	}

	// ---------------------------------------------------------------- trainings

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

	// ---------------------------------------------------------------- outlets

	@GetMapping("/programme/outlets")
	String outlets(Model model) {
		model.addAttribute("outlets", outlets.outlets());
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("products", certifiedProducts());
		model.addAttribute("units", pages.units());
		model.addAttribute("today", pages.today());
		return "programme/outlets";
	}

	/** The fields of the outlet form, as typed (checked when turned into details). */
	record OutletForm(@Nullable String name, @Nullable String kind, @Nullable String address,
			@Nullable String communeCode, @Nullable String latitude, @Nullable String longitude,
			@Nullable String operator, @Nullable String openingHours, @Nullable String phone,
			@Nullable String criteria, @Nullable List<String> productIds) {

		OutletDetails details(OutreachPages pages) {
			return new OutletDetails(pages.required(name, "name"), pages.choice(OutletKind.class, kind, "kind"),
					pages.required(address, "address"), communeCode, pages.decimal(latitude, "latitude"),
					pages.decimal(longitude, "longitude"), pages.required(operator, "operator"), openingHours, phone,
					OutreachPages.lines(criteria), pages.ids(productIds, "productIds"));
		}
	}

	@PostMapping("/programme/outlets")
	String createOutlet(OutletForm form, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.outletCreated", () -> outlets.create(form.details(pages)));
		return "redirect:/programme/outlets";
	}

	@GetMapping("/programme/outlets/{id}/edit")
	String editOutlet(@PathVariable UUID id, Model model) {
		OutletView outlet = outlets.outlet(id);
		model.addAttribute("outlet", outlet);
		model.addAttribute("criteriaText", String.join("\n", outlet.criteria()));
		model.addAttribute("linkedIds", linkedIds(outlet.products()));
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("products", certifiedProducts());
		model.addAttribute("units", pages.units());
		return "programme/outlet-edit";
	}

	@PostMapping("/programme/outlets/{id}")
	String updateOutlet(@PathVariable UUID id, OutletForm form, RedirectAttributes redirect) {
		boolean done = pages.attempt(redirect, "programme.flash.outletUpdated", () -> outlets.update(id, form.details(pages)));
		return done ? "redirect:/programme/outlets" : "redirect:/programme/outlets/" + id + "/edit";
	}

	@PostMapping("/programme/outlets/{id}/open")
	String openOutlet(@PathVariable UUID id, @RequestParam(required = false) @Nullable String on,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.outletOpened", () -> outlets.open(id, day(on)));
		return "redirect:/programme/outlets";
	}

	@PostMapping("/programme/outlets/{id}/close")
	String closeOutlet(@PathVariable UUID id, @RequestParam(required = false) @Nullable String on,
			RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.outletClosed", () -> outlets.close(id, day(on)));
		return "redirect:/programme/outlets";
	}

	// ---------------------------------------------------------------- pilots

	@GetMapping("/programme/pilots")
	String pilots(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("pilots", pilots.pilots(year));
		model.addAttribute("year", year);
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("products", certifiedProducts());
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
		model.addAttribute("linkedIds", linkedIds(pilot.products()));
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("products", certifiedProducts());
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

	// ---------------------------------------------------------------- events

	@GetMapping("/programme/events")
	String events(Model model) {
		model.addAttribute("events", events.events());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("products", certifiedProducts());
		return "programme/events-admin";
	}

	/** The fields of the event form, as typed (checked when turned into details). */
	record EventForm(@Nullable String kind, @Nullable String title, @Nullable String startsOn,
			@Nullable String endsOn, @Nullable String place, @Nullable String description,
			@Nullable List<String> productIds) {

		EventDetails details(OutreachPages pages, @Nullable String communeCode) {
			return new EventDetails(pages.choice(EventKind.class, kind, "kind"), pages.required(title, "title"),
					pages.date(startsOn, "startsOn", true), pages.date(endsOn, "endsOn", true),
					pages.required(place, "place"), communeCode, description, pages.ids(productIds, "productIds"));
		}
	}

	@PostMapping("/programme/events")
	String createEvent(EventForm form, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.eventCreated", () -> events.create(form.details(pages, null)));
		return "redirect:/programme/events";
	}

	@GetMapping("/programme/events/{id}/edit")
	String editEvent(@PathVariable UUID id, Model model) {
		EventView event = events.event(id);
		model.addAttribute("event", event);
		model.addAttribute("linkedIds", linkedIds(event.products()));
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("products", certifiedProducts());
		return "programme/event-edit";
	}

	@PostMapping("/programme/events/{id}")
	String updateEvent(@PathVariable UUID id, EventForm form, RedirectAttributes redirect) {
		String communeCode = events.event(id).communeCode();
		boolean done = pages.attempt(redirect, "programme.flash.eventUpdated",
				() -> events.update(id, form.details(pages, communeCode)));
		return done ? "redirect:/programme/events" : "redirect:/programme/events/" + id + "/edit";
	}

	@PostMapping("/programme/events/{id}/delete")
	String deleteEvent(@PathVariable UUID id, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.eventDeleted", () -> {
			events.delete(id);
			return id;
		});
		return "redirect:/programme/events";
	}

	private java.time.LocalDate day(@Nullable String value) {
		var day = pages.date(value, "on", false);
		return day == null ? pages.today() : day;
	}
}
