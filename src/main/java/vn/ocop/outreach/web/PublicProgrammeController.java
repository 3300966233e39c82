package vn.ocop.outreach.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.outreach.EventManagement;
import vn.ocop.outreach.OutreachApi;

/**
 * The public pages: the map and list of OCOP sales centres and points, and the programme's events.
 */
@Controller
class PublicProgrammeController {

	private final OutreachApi programme;
	private final EventManagement events;
	private final OutreachPages pages;
	private final String tileUrl;
	private final String tileAttribution;

	PublicProgrammeController(OutreachApi programme, EventManagement events, OutreachPages pages,
			OutreachSettings settings) {
		this.programme = programme;
		this.events = events;
		this.pages = pages;
		this.tileUrl = settings.tileUrl();
		this.tileAttribution = settings.tileAttribution();
	}

	@GetMapping("/outlets")
	String outlets(Model model) {
		var outlets = programme.outlets();
		model.addAttribute("outlets", outlets);
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		model.addAttribute("unitName", (java.util.function.Function<String, String>) pages::unitName);
		return "programme/public-outlets";
	}

	@GetMapping("/events")
	String events(Model model) {
		var today = pages.today();
		var all = events.events();
		model.addAttribute("upcoming", all.stream().filter(e -> !e.endsOn().isBefore(today))
				.sorted(java.util.Comparator.comparing(vn.ocop.outreach.EventView::startsOn)).toList());
		model.addAttribute("past", all.stream().filter(e -> e.endsOn().isBefore(today)).toList());
		return "programme/public-events";
	}
}
