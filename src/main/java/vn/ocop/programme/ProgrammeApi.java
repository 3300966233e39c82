package vn.ocop.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal (home page, map) may ask the programme module, without signing in: the open sales
 * centres and points with their coordinates, how many there are, and the coming events.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeApi {

	private final Outlets outlets;
	private final ProgrammeEvents events;
	private final Clock clock;

	ProgrammeApi(Outlets outlets, ProgrammeEvents events, Clock clock) {
		this.outlets = outlets;
		this.events = events;
		this.clock = clock;
	}

	/** How many sales centres and points are open. */
	public long openOutletCount() {
		return outlets.countByStatus(OutletStatus.OPEN);
	}

	/** The open sales centres and points, by name, with coordinates and the products they carry. */
	public List<OutletView> outlets() {
		return outlets.findByStatusOrderByNameAsc(OutletStatus.OPEN).stream().map(Outlet::toView).toList();
	}

	/** Events that have not ended yet, soonest first. */
	public List<EventView> upcomingEvents(int limit) {
		return events.findByEndsOnGreaterThanEqualOrderByStartsOnAsc(LocalDate.now(clock), Limit.of(Math.max(1, limit)))
				.stream().map(ProgrammeEvent::toView).toList();
	}
}
