package vn.ocop.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.content.PublishedContent;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitLevel;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.PortalHighlights;

/**
 * The public home page: what OCOP is in the province, live figures from the catalogue, featured products, the
 * latest articles, and the slots {@code upcomingEvents} and {@code salesPoints} filled by a
 * {@link PortalHighlights} bean when one exists (nothing is rendered otherwise). Rendered once for all anonymous
 * visitors per catalogue version ({@link AnonymousPages}).
 */
@Controller
class HomeController {

	static final int FEATURED = 6;
	static final int NEWS = 3;
	static final int EVENTS = 4;

	private final GeographyApi geography;
	private final Catalogue catalogue;
	private final PublishedContent content;
	private final ObjectProvider<PortalHighlights> highlights;
	private final SiteAddress site;
	private final Clock clock;
	private final AnonymousPages pages;

	HomeController(GeographyApi geography, Catalogue catalogue, PublishedContent content,
			ObjectProvider<PortalHighlights> highlights, SiteAddress site, Clock clock, AnonymousPages pages) {
		this.pages = pages;
		this.geography = geography;
		this.catalogue = catalogue;
		this.content = content;
		this.highlights = highlights;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(Model model, HttpServletRequest request, HttpServletResponse response) {
		return pages.page("/", "portal/home", model, request, response, this::fill);
	}

	private void fill(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("communeCount", communesOfHomeProvince(today));
		model.addAttribute("figures", catalogue.figures());
		model.addAttribute("featured", catalogue.featured(FEATURED));
		model.addAttribute("news", content.latest(List.of(), NEWS));
		PortalHighlights contributed = highlights.getIfAvailable();
		model.addAttribute("upcomingEvents", contributed == null ? null : contributed.upcomingEvents(today, EVENTS));
		model.addAttribute("salesPoints", contributed == null ? null : contributed.salesPoints());
		model.addAttribute("canonical", site.of("/"));
		model.addAttribute("pageHead", "portal/home");
		model.addAttribute("lightPage", true);
	}

	/**
	 * The communes in force today inside the home province: the units under it, level by level, by the structure
	 * in force today (the same units as those whose parents in force today lead up to it; walking down from the
	 * province visits its few hundred units instead of testing every commune of the country).
	 */
	long communesOfHomeProvince(LocalDate today) {
		long communes = 0;
		var visited = new java.util.HashSet<String>();
		var parents = new java.util.ArrayDeque<String>();
		parents.add(geography.homeProvince());
		while (!parents.isEmpty()) {
			String parent = parents.poll();
			if (!visited.add(parent)) {
				continue;
			}
			for (var unit : geography.unitsInForce(today, null, parent)) {
				if (unit.level() == UnitLevel.COMMUNE) {
					communes++;
				}
				parents.add(unit.code());
			}
		}
		return communes;
	}
}
