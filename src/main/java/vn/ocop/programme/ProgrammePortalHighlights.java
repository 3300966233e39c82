package vn.ocop.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.PortalHighlights;

/**
 * The programme's part of the public portal: its upcoming events (fairs, conferences, study tours) on the home
 * page, and the open sales centres and points on the home page and the map.
 */
@Component
class ProgrammePortalHighlights implements PortalHighlights {

	private final ProgrammeApi programme;

	ProgrammePortalHighlights(ProgrammeApi programme) {
		this.programme = programme;
	}

	@Override
	public List<UpcomingEvent> upcomingEvents(LocalDate today, int limit) {
		return programme.upcomingEvents(limit).stream()
				.filter(e -> !e.endsOn().isBefore(today))
				.map(e -> new UpcomingEvent(e.title(), e.startsOn(), e.endsOn(), e.place(), "/events#event-" + e.id()))
				.toList();
	}

	@Override
	public List<SalesPoint> salesPoints() {
		return programme.outlets().stream()
				.map(o -> new SalesPoint(o.name(), o.address(), o.communeCode(), o.latitude(), o.longitude(),
						"/outlets#outlet-" + o.id()))
				.toList();
	}
}
