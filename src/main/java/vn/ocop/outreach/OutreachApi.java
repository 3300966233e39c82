package vn.ocop.outreach;

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
public class OutreachApi {

	private final Outlets outlets;
	private final ProgrammeEvents events;
	private final vn.ocop.registry.ProductLifecycle products;
	private final Clock clock;

	OutreachApi(Outlets outlets, ProgrammeEvents events, vn.ocop.registry.ProductLifecycle products, Clock clock) {
		this.outlets = outlets;
		this.events = events;
		this.products = products;
		this.clock = clock;
	}

	/** How many sales centres and points are open. */
	public long openOutletCount() {
		return outlets.countByStatus(OutletStatus.OPEN);
	}

	/** The open sales centres and points, by name, with coordinates and the products they carry. */
	public List<OutletView> outlets() {
		var open = outlets.findByStatusOrderByNameAsc(OutletStatus.OPEN).stream().map(Outlet::toView).toList();
		// the public sees at a sales point only the products whose OCOP certificate is in force (issue 16)
		var ids = open.stream().flatMap(o -> o.products().stream()).map(LinkedProduct::productId)
				.collect(java.util.stream.Collectors.toSet());
		var certified = products.summaries(ids).values().stream()
				.filter(p -> p.status() == vn.ocop.registry.ProductStatus.CERTIFIED).map(p -> p.id())
				.collect(java.util.stream.Collectors.toSet());
		return open.stream().map(o -> new OutletView(o.id(), o.name(), o.kind(), o.address(), o.communeCode(),
				o.latitude(), o.longitude(), o.operator(), o.openingHours(), o.phone(), o.status(), o.openedOn(),
				o.closedOn(), o.criteria(), o.products().stream().filter(p -> certified.contains(p.productId())).toList()))
				.toList();
	}

	/** Events that have not ended yet, soonest first. */
	public List<EventView> upcomingEvents(int limit) {
		return events.findByEndsOnGreaterThanEqualOrderByStartsOnAsc(LocalDate.now(clock), Limit.of(Math.max(1, limit)))
				.stream().map(ProgrammeEvent::toView).toList();
	}
}
