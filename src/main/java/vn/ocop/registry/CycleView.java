package vn.ocop.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A cycle as listed: year, regulation, status, the schedule and the phases running today.
 */
public record CycleView(int year, String regulationCode, CycleStatus status, List<PhaseSchedule> phases,
		List<CyclePhase> currentPhases) {

	/**
	 * The day the cycle's records refer to for administrative units: its selection deadline (10 March unless
	 * scheduled otherwise), or today if earlier.
	 */
	public LocalDate registrationDay(LocalDate today) {
		return Cycle.registrationDay(year, phases, today);
	}
}
