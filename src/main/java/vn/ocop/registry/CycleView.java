package vn.ocop.registry;

import java.util.List;

/**
 * A cycle as listed: year, regulation, status, the schedule and the phases running today.
 */
public record CycleView(int year, String regulationCode, CycleStatus status, List<PhaseSchedule> phases,
		List<CyclePhase> currentPhases) {
}
