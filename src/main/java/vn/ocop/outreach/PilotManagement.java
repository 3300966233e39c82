package vn.ocop.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Pilot models (Activity 6.1.2): the office records central and provincial pilots, district officers their
 * district's; progress up to built, counted against the plan's targets.
 */
@Service
@Transactional
public class PilotManagement {

	private final Pilots pilots;
	private final OutreachAccess access;
	private final ProductLinks links;
	private final Clock clock;

	PilotManagement(Pilots pilots, OutreachAccess access, ProductLinks links, Clock clock) {
		this.pilots = pilots;
		this.access = access;
		this.links = links;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PilotView> pilots(@Nullable Integer year) {
		access.requireOfficer();
		var found = year == null ? pilots.findAllByOrderByYearDescNameAsc() : pilots.findByYearOrderByLevelAscNameAsc(year);
		return found.stream().map(Pilot::toView).toList();
	}

	@Transactional(readOnly = true)
	public PilotView pilot(UUID id) {
		access.requireOfficer();
		return load(id).toView();
	}

	public PilotView create(PilotDetails details) {
		validate(details);
		var user = details.level() == PilotLevel.DISTRICT ? access.requireArea(details.communeCode(), today())
				: access.requireOffice();
		return pilots.save(new Pilot(details, links.of(details.productIds()), clock.instant(), user.username())).toView();
	}

	public PilotView update(UUID id, PilotDetails details) {
		validate(details);
		var pilot = changeable(id);
		if (details.level() == PilotLevel.DISTRICT) {
			access.requireArea(details.communeCode(), today());
		}
		else {
			access.requireOffice();
		}
		pilot.describe(details, links.of(details.productIds()));
		return pilot.toView();
	}

	public PilotView progress(UUID id, int percent) {
		var pilot = changeable(id);
		pilot.progress(percent, today());
		return pilot.toView();
	}

	private Pilot changeable(UUID id) {
		var pilot = load(id);
		access.requireArea(pilot.getCommuneCode(), today());
		return pilot;
	}

	private Pilot load(UUID id) {
		return pilots.findById(id).orElseThrow(() -> new NotFoundException("programme.pilot.notFound", id));
	}

	private static void validate(PilotDetails details) {
		OutletManagement.require(details.name(), "name");
		OutletManagement.require(details.type(), "type");
		if (details.level() == null) {
			throw BusinessRuleException.unprocessable("programme.field.required", "level");
		}
		if (details.year() < 2018 || details.year() > 2100) {
			throw BusinessRuleException.unprocessable("programme.plan.year.invalid", details.year());
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
