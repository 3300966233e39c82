package vn.ocop.outreach.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.EventManagement;
import vn.ocop.outreach.EventView;

/**
 * The programme events screens (fairs, conferences, study tours): the list, the form (every error at once beside
 * its field), deleting.
 */
@Controller
class EventWebController {

	/** The field the event's own rule is about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("programme.event.dates", "endsOn");

	private final EventManagement events;
	private final OutreachPages pages;

	EventWebController(EventManagement events, OutreachPages pages) {
		this.events = events;
		this.pages = pages;
	}

	@GetMapping("/programme/events")
	String events(Model model) {
		model.addAttribute("eventForm", new EventForm());
		return listPage(model);
	}

	@PostMapping("/programme/events")
	String createEvent(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "programme.flash.eventCreated", () -> events.create(form.details(null)),
				RULE_FIELDS)) {
			return "redirect:/programme/events";
		}
		return listPage(model);
	}

	@GetMapping("/programme/events/{id}/edit")
	String editEvent(@PathVariable UUID id, Model model) {
		EventView event = events.event(id);
		model.addAttribute("eventForm", EventForm.of(event));
		return editPage(event, model);
	}

	@PostMapping("/programme/events/{id}")
	String updateEvent(@PathVariable UUID id, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		EventView event = events.event(id);
		if (pages.attempt(binding, redirect, "programme.flash.eventUpdated",
				() -> events.update(id, form.details(event.communeCode())), RULE_FIELDS)) {
			return "redirect:/programme/events";
		}
		return editPage(event, model);
	}

	private String listPage(Model model) {
		model.addAttribute("events", events.events());
		choices(model);
		return "programme/events-admin";
	}

	private String editPage(EventView event, Model model) {
		model.addAttribute("event", event);
		choices(model);
		return "programme/event-edit";
	}

	private void choices(Model model) {
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("products", pages.certifiedProducts());
	}

	@PostMapping("/programme/events/{id}/delete")
	String deleteEvent(@PathVariable UUID id, RedirectAttributes redirect) {
		pages.attempt(redirect, "programme.flash.eventDeleted", () -> {
			events.delete(id);
			return id;
		});
		return "redirect:/programme/events";
	}
}
