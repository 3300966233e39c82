package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the indicators count of outreach (read-only, no access check: the KPI dashboard checks who reads it): the
 * courses completed in a year, the sales centres and points, the pilot models.
 */
@Service
@Transactional(readOnly = true)
public class OutreachFacts {

	/** A participant who completed a course of the year: an account, a producer, or both. */
	public record Completion(@Nullable String username, @Nullable UUID producerId, @Nullable String communeCode,
			@Nullable LocalDate completedOn) {
	}

	private final Trainings trainings;
	private final Outlets outlets;
	private final Pilots pilots;

	OutreachFacts(Trainings trainings, Outlets outlets, Pilots pilots) {
		this.trainings = trainings;
		this.outlets = outlets;
		this.pilots = pilots;
	}

	/** The participants who completed a course of the year. */
	public List<Completion> completions(int year) {
		return trainings.completions(year).stream().map(r -> new Completion((String) r[0], (UUID) r[1], (String) r[2],
				(LocalDate) r[3])).toList();
	}

	/** Every sales centre and point, whatever its status, with its products. */
	public List<OutletView> outlets() {
		return outlets.findAllWithProductsBy().stream().map(Outlet::toView).toList();
	}

	/** The sales centres and points of these ids (ids not found are left out). */
	public List<OutletView> outlets(Collection<UUID> ids) {
		return outlets.findAllById(ids).stream().map(Outlet::toView).toList();
	}

	/** The pilot models of a year with their products. */
	public List<PilotView> pilots(int year) {
		return pilots.findWithProductsByYear(year).stream().map(Pilot::toView).toList();
	}

	/** The pilot models of these ids (ids not found are left out). */
	public List<PilotView> pilots(Collection<UUID> ids) {
		return pilots.findAllById(ids).stream().map(Pilot::toView).toList();
	}
}
