package vn.ocop.outreach.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.outreach.EventDetails;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.EventManagement;
import vn.ocop.outreach.EventView;

/**
 * The programme events screens (fairs, conferences, study tours): the list, the form, deleting.
 */
@Controller
class EventWebController {

	private final EventManagement events;
	private final OutreachPages pages;

	EventWebController(EventManagement events, OutreachPages pages) {
		this.events = events;
		this.pages = pages;
	}

	@GetMapping("/programme/events")
	String events(Model model) {
		model.addAttribute("events", events.events());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("products", pages.certifiedProducts());
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
		model.addAttribute("linkedIds", OutreachPages.linkedIds(event.products()));
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("products", pages.certifiedProducts());
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
}
