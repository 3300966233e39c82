package vn.ocop.outreach;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Programme events (fairs, conferences, study tours): the office records them; everyone sees them on the portal.
 */
@Service
@Transactional
public class EventManagement {

	private final ProgrammeEvents events;
	private final OutreachAccess access;
	private final ProductLinks links;
	private final Clock clock;

	EventManagement(ProgrammeEvents events, OutreachAccess access, ProductLinks links, Clock clock) {
		this.events = events;
		this.access = access;
		this.links = links;
		this.clock = clock;
	}

	/** Every event, newest first (public). */
	@Transactional(readOnly = true)
	public List<EventView> events() {
		return events.findAllByOrderByStartsOnDesc().stream().map(ProgrammeEvent::toView).toList();
	}

	@Transactional(readOnly = true)
	public EventView event(UUID id) {
		return load(id).toView();
	}

	public EventView create(EventDetails details) {
		validate(details);
		var user = access.requireOffice();
		return events.save(new ProgrammeEvent(details, links.of(details.productIds()), clock.instant(), user.username()))
				.toView();
	}

	public EventView update(UUID id, EventDetails details) {
		validate(details);
		access.requireOffice();
		var event = load(id);
		event.describe(details, links.of(details.productIds()));
		return event.toView();
	}

	public void delete(UUID id) {
		access.requireOffice();
		events.delete(load(id));
	}

	private ProgrammeEvent load(UUID id) {
		return events.findById(id).orElseThrow(() -> new NotFoundException("programme.event.notFound", id));
	}

	private static void validate(EventDetails details) {
		OutletManagement.require(details.title(), "title");
		OutletManagement.require(details.place(), "place");
		if (details.kind() == null || details.startsOn() == null || details.endsOn() == null) {
			throw BusinessRuleException.unprocessable("programme.field.required", "kind/startsOn/endsOn");
		}
	}
}
