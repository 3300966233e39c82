package vn.ocop.portal.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitLevel;

/**
 * The public home page.
 */
@Controller
class HomeController {

	private final GeographyApi geography;
	private final Clock clock;

	HomeController(GeographyApi geography, Clock clock) {
		this.geography = geography;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("communeCount", geography.unitsInForce(today, UnitLevel.COMMUNE, null).size());
		return "portal/home";
	}
}
