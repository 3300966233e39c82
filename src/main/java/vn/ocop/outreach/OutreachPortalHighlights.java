package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.PortalHighlights;
import vn.ocop.shared.cluster.EntityChanges;

/**
 * The programme's part of the public portal: its upcoming events (fairs, conferences, study tours) on the home
 * page, and the open sales centres and points on the home page and the map.
 */
@Component
class OutreachPortalHighlights implements PortalHighlights {

	private final Outlets outlets;
	private final ProgrammeEvents events;
	private final java.time.Clock clock;
	private final EntityChanges.Derived<List<SalesPoint>> openSalesPoints;

	OutreachPortalHighlights(Outlets outlets, ProgrammeEvents events, java.time.Clock clock) {
		this.outlets = outlets;
		this.events = events;
		this.clock = clock;
		this.openSalesPoints = EntityChanges.derived(Outlet.class, () -> outlets.findPlacesByStatus(OutletStatus.OPEN)
				.stream().map(o -> new SalesPoint(o.name(), o.address(), o.communeCode(), o.latitude().doubleValue(),
						o.longitude().doubleValue(), "/outlets#outlet-" + o.id()))
				.toList());
	}

	@Override
	public List<UpcomingEvent> upcomingEvents(LocalDate today, int limit) {
		// one query without the events' products (OutreachApi.upcomingEvents loads them event by event)
		return events.findListedEndingFrom(LocalDate.now(clock), org.springframework.data.domain.Limit.of(Math.max(1, limit))).stream()
				.filter(e -> !e.endsOn().isBefore(today))
				.map(e -> new UpcomingEvent(e.title(), e.startsOn(), e.endsOn(), e.place(), "/events#event-" + e.id()))
				.toList();
	}

	/**
	 * The open sales points, read once per change of the outlets (the home page and every product page ask on
	 * each visit; outlets change a few times a year).
	 */
	@Override
	public List<SalesPoint> salesPoints() {
		return openSalesPoints.get();
	}
}
