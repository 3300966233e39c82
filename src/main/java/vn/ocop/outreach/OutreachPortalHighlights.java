package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.PortalHighlights;

/**
 * The programme's part of the public portal: its upcoming events (fairs, conferences, study tours) on the home
 * page, and the open sales centres and points on the home page and the map.
 */
@Component
class OutreachPortalHighlights implements PortalHighlights {

	private final Outlets outlets;
	private final ProgrammeEvents events;
	private final java.time.Clock clock;

	OutreachPortalHighlights(Outlets outlets, ProgrammeEvents events, java.time.Clock clock) {
		this.outlets = outlets;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<UpcomingEvent> upcomingEvents(LocalDate today, int limit) {
		// one query without the events' products (OutreachApi.upcomingEvents loads them event by event)
		return events.findListedEndingFrom(LocalDate.now(clock), org.springframework.data.domain.Limit.of(Math.max(1, limit))).stream()
				.filter(e -> !e.endsOn().isBefore(today))
				.map(e -> new UpcomingEvent(e.title(), e.startsOn(), e.endsOn(), e.place(), "/events#event-" + e.id()))
				.toList();
	}

	@Override
	public List<SalesPoint> salesPoints() {
		// one query: the home and product pages ask on every visit, and show no products of the outlets
		return outlets.findPlacesByStatus(OutletStatus.OPEN).stream()
				.map(o -> new SalesPoint(o.name(), o.address(), o.communeCode(), o.latitude().doubleValue(),
						o.longitude().doubleValue(), "/outlets#outlet-" + o.id()))
				.toList();
	}
}
