package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

/**
 * A year's cycle without Spring: opened for a year of the programme, its schedule with each phase once, closed and
 * reopened but never twice in a row, and the day its records refer to for administrative units.
 */
class CycleTests {

	static final Instant NOW = Instant.parse("2024-01-02T03:00:00Z");

	@Test
	void shouldOpenACycleOnlyForAYearOfTheProgrammeWithEachPhaseOnce() {
		var early = catchThrowableOfType(BusinessRuleException.class,
				() -> new Cycle(2017, "QĐ 1048", Cycle.defaultSchedule(2017), NOW, "office"));
		assertThat(early.messageCode()).isEqualTo("registry.cycle.year");
		assertThat(early.arguments()).containsExactly(2017);
		assertThatThrownBy(() -> new Cycle(2101, "QĐ 1048", List.of(), NOW, "office"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("registry.cycle.year");

		var twice = List.of(new PhaseSchedule(CyclePhase.DOSSIER, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 7, 31)),
				new PhaseSchedule(CyclePhase.DOSSIER, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31)));
		var phaseTwice = catchThrowableOfType(BusinessRuleException.class,
				() -> new Cycle(2024, "QĐ 1048", twice, NOW, "office"));
		assertThat(phaseTwice.messageCode()).isEqualTo("registry.cycle.phaseTwice");
		assertThat(phaseTwice.arguments()).containsExactly(CyclePhase.DOSSIER);

		var cycle = new Cycle(2024, "QĐ 1048", Cycle.defaultSchedule(2024), NOW, "office");
		assertThat(cycle.getStatus()).isEqualTo(CycleStatus.OPEN);
		assertThat(cycle.toView(LocalDate.of(2024, 1, 1)).phases()).extracting(PhaseSchedule::phase)
				.containsExactly(CyclePhase.values());
		// a refused schedule leaves the earlier one in place
		assertThatThrownBy(() -> cycle.schedule(twice)).isInstanceOf(BusinessRuleException.class);
		assertThat(cycle.phase(CyclePhase.DOSSIER)).hasValueSatisfying(
				p -> assertThat(p.startsOn()).isEqualTo(LocalDate.of(2024, 3, 11)));
	}

	@Test
	void shouldCloseAndReopenACycleButNeitherTwiceInARow() {
		var cycle = new Cycle(2024, "QĐ 1048", Cycle.defaultSchedule(2024), NOW, "office");
		var open = catchThrowableOfType(BusinessRuleException.class, cycle::reopen);
		assertThat(open.messageCode()).isEqualTo("registry.cycle.alreadyOpen");
		assertThat(open.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
		cycle.close();
		assertThat(cycle.getStatus()).isEqualTo(CycleStatus.CLOSED);
		var closed = catchThrowableOfType(BusinessRuleException.class, cycle::close);
		assertThat(closed.messageCode()).isEqualTo("registry.cycle.closed");
		assertThat(closed.arguments()).containsExactly(2024);
		cycle.reopen();
		assertThat(cycle.toView(LocalDate.of(2024, 5, 1)).status()).isEqualTo(CycleStatus.OPEN);
	}

	@Test
	void shouldReferToTheSelectionDeadlineOrTodayIfEarlierAndListThePhasesOpenToday() {
		var cycle = new Cycle(2024, "QĐ 1048", Cycle.defaultSchedule(2024), NOW, "office");
		assertThat(cycle.registrationDay(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(cycle.registrationDay(LocalDate.of(2024, 3, 10))).isEqualTo(LocalDate.of(2024, 3, 10));
		assertThat(cycle.registrationDay(LocalDate.of(2024, 9, 1))).isEqualTo(LocalDate.of(2024, 3, 10));
		assertThat(cycle.toView(LocalDate.of(2024, 10, 15)).currentPhases()).containsExactly(CyclePhase.PROPAGANDA,
				CyclePhase.EVALUATION, CyclePhase.CERTIFICATION, CyclePhase.PROMOTION);

		cycle.schedule(List.of(new PhaseSchedule(CyclePhase.SELECTION, LocalDate.of(2024, 2, 1),
				LocalDate.of(2024, 4, 30))));
		assertThat(cycle.registrationDay(LocalDate.of(2024, 9, 1))).isEqualTo(LocalDate.of(2024, 4, 30));
		// without a selection phase the default deadline holds
		cycle.schedule(List.of());
		assertThat(cycle.registrationDay(LocalDate.of(2024, 9, 1))).isEqualTo(LocalDate.of(2024, 3, 10));
		assertThat(cycle.toView(LocalDate.of(2024, 9, 1)).currentPhases()).isEmpty();
		assertThatThrownBy(() -> new PhaseSchedule(CyclePhase.DOSSIER, LocalDate.of(2024, 3, 2),
				LocalDate.of(2024, 3, 1))).isInstanceOf(IllegalArgumentException.class);
	}
}
