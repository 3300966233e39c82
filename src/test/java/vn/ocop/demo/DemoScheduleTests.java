package vn.ocop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.registry.CyclePhase;
import vn.ocop.registry.PhaseSchedule;

/**
 * The current cycle's phases are computed from the day the demo starts, whatever that day is (issue 16: the demo
 * lives today): ideas are still welcome, selection is due within two weeks, dossiers within six, evaluation and
 * certification follow, and the year-long phases cover today and the weeks after it even in late December.
 */
class DemoScheduleTests {

	static Map<CyclePhase, PhaseSchedule> phases(LocalDate today) {
		return CurrentCycleDemoData.phases(today).stream()
				.collect(Collectors.toMap(PhaseSchedule::phase, Function.identity()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-01", "2026-05-22", "2026-12-05", "2026-12-31", "2028-02-29" })
	void shouldHaveTheWorkOfEachRoleOpenToday(String day) {
		LocalDate today = LocalDate.parse(day);
		var phases = phases(today);
		assertThat(phases).containsOnlyKeys(CyclePhase.values());
		for (CyclePhase open : new CyclePhase[] { CyclePhase.PROPAGANDA, CyclePhase.IDEA_REGISTRATION,
				CyclePhase.SELECTION, CyclePhase.DOSSIER, CyclePhase.PROMOTION }) {
			assertThat(phases.get(open).startsOn()).as(open + " started").isBeforeOrEqualTo(today);
			assertThat(phases.get(open).deadline()).as(open + " still open").isAfterOrEqualTo(today);
		}
		assertThat(phases.get(CyclePhase.SELECTION).deadline()).isEqualTo(today.plusDays(14));
		assertThat(phases.get(CyclePhase.EVALUATION).startsOn()).isAfter(phases.get(CyclePhase.DOSSIER).deadline());
		assertThat(phases.get(CyclePhase.CERTIFICATION).deadline())
				.isAfter(phases.get(CyclePhase.EVALUATION).deadline());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-01", "2026-12-05", "2026-12-31" })
	void shouldEndEveryPhaseAfterItStarts(String day) {
		CurrentCycleDemoData.phases(LocalDate.parse(day))
				.forEach(p -> assertThat(p.deadline()).as(p.phase().name()).isAfter(p.startsOn()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-01", "2026-10-15", "2026-12-31" })
	void shouldStartTheYearLongPhasesOnTheFirstOfJanuaryAndKeepThemOpenFourMonthsAhead(String day) {
		LocalDate today = LocalDate.parse(day);
		for (CyclePhase yearLong : new CyclePhase[] { CyclePhase.PROPAGANDA, CyclePhase.PROMOTION }) {
			PhaseSchedule phase = phases(today).get(yearLong);
			assertThat(phase.startsOn()).isEqualTo(LocalDate.of(today.getYear(), 1, 1));
			assertThat(phase.deadline()).isAfterOrEqualTo(today.plusDays(120))
					.isAfterOrEqualTo(LocalDate.of(today.getYear(), 12, 31));
		}
	}
}
