package vn.ocop.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * When one phase of a cycle runs: from its first day to its deadline, both inclusive.
 */
@Embeddable
public record PhaseSchedule(
		@Enumerated(EnumType.STRING) @Column(name = "phase", nullable = false, length = 32) CyclePhase phase,
		@Column(name = "starts_on", nullable = false) LocalDate startsOn,
		@Column(name = "deadline", nullable = false) LocalDate deadline) {

	public PhaseSchedule {
		if (phase == null || startsOn == null || deadline == null) {
			throw new IllegalArgumentException("A phase needs its name, first day and deadline");
		}
		if (deadline.isBefore(startsOn)) {
			throw new IllegalArgumentException("The deadline of " + phase + " is before its first day");
		}
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(deadline);
	}
}
