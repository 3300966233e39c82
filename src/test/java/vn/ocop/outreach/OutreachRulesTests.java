package vn.ocop.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * The outreach rules the transition tests leave out, without Spring: a course's new dates never leave a session
 * outside them, a refused attendance record keeps the earlier one, a pilot model's progress once built, an outlet
 * described again keeps its state, and an event refused new dates keeps the old ones.
 */
class OutreachRulesTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");
	static final LinkedProduct CAM = new LinkedProduct(UUID.randomUUID(), "Cam Khe Mây");

	@Test
	void shouldRefuseNewCourseDatesThatLeaveASessionOutside() {
		var course = course(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 24));
		course.addSession(LocalDate.of(2024, 5, 23), "Bộ tiêu chí");

		var shrunk = catchThrowableOfType(BusinessRuleException.class,
				() -> course.describe(details(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 22))));
		assertThat(shrunk.messageCode()).isEqualTo("programme.training.session.outside");
		assertThat(shrunk.arguments()).containsExactly(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 22));
		assertThat(course.toView().endsOn()).isEqualTo(LocalDate.of(2024, 5, 24));
		assertThatThrownBy(() -> course.describe(details(LocalDate.of(2024, 5, 24), LocalDate.of(2024, 5, 25))))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.session.outside");

		course.describe(new TrainingDetails("  Lớp mới  ", " Sở Công Thương ", Audience.OFFICIALS, "  ", " ",
				LocalDate.of(2024, 5, 23), LocalDate.of(2024, 5, 23), " "));
		assertThat(course.toView()).satisfies(v -> {
			assertThat(v.title()).isEqualTo("Lớp mới");
			assertThat(v.organiser()).isEqualTo("Sở Công Thương");
			assertThat(v.place()).isNull();
			assertThat(v.communeCode()).isNull();
			assertThat(v.description()).isNull();
			assertThat(v.startsOn()).isEqualTo(LocalDate.of(2024, 5, 23));
			assertThat(v.sessions()).hasSize(1);
		});
		// a course moved to another year counts in that year
		var moved = course(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3));
		assertThat(moved.toView().year()).isEqualTo(2024);
		moved.describe(details(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3)));
		assertThat(moved.toView().year()).isEqualTo(2025);
	}

	@Test
	void shouldKeepTheEarlierAttendanceWhenARecordNamesSomeoneUnknown() {
		var course = course(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
		course.addSession(LocalDate.of(2024, 6, 3), "Buổi 1");
		course.addSession(LocalDate.of(2024, 6, 4), "Buổi 2");
		course.enrol("An", "an", null, null);
		course.enrol("Bình", null, UUID.randomUUID(), "18322");
		var view = course.toView();
		UUID an = view.participants().get(0).id();
		UUID binh = view.participants().get(1).id();
		UUID day1 = view.sessions().get(0).id();
		UUID day2 = view.sessions().get(1).id();
		course.recordAttendance(day1, Set.of(an, binh));

		assertThatThrownBy(() -> course.recordAttendance(day1, Set.of(an, UUID.randomUUID())))
				.isInstanceOf(NotFoundException.class).hasMessage("programme.training.participant.notFound");
		assertThat(course.toView().sessions().get(0).present()).containsExactlyInAnyOrder(an, binh);

		// completing on the first day asks only for the first session; on the second, for both
		course.complete(binh, LocalDate.of(2024, 6, 3));
		var missed = catchThrowableOfType(BusinessRuleException.class, () -> course.complete(an, LocalDate.of(2024, 6, 4)));
		assertThat(missed.messageCode()).isEqualTo("programme.training.completion.attendance");
		assertThat(missed.arguments()).containsExactly("An", 1L);
		course.recordAttendance(day2, Set.of(an));
		course.complete(an, LocalDate.of(2024, 6, 4));
		assertThat(course.toView().completedCount()).isEqualTo(2);
		assertThatThrownBy(() -> course.uncomplete(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldHoldABuiltPilotAtFullProgressAndNameTheRuleBroken() {
		var pilot = new Pilot(new PilotDetails(2024, "  Vùng cam  ", PilotLevel.PROVINCIAL, " Vùng nguyên liệu ", null,
				" Hương Khê ", null, List.of()), List.of(CAM), NOW, "office");
		assertThat(pilot.toView().name()).isEqualTo("Vùng cam");
		assertThat(pilot.toView().location()).isEqualTo("Hương Khê");
		assertThatThrownBy(() -> pilot.progress(-1, LocalDate.of(2024, 5, 1))).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.task.progress.range");
		pilot.progress(60, LocalDate.of(2024, 5, 1));
		pilot.progress(30, LocalDate.of(2024, 6, 1));
		assertThat(pilot.toView().status()).isEqualTo(PilotStatus.BUILDING);
		assertThat(pilot.toView().progress()).isEqualTo(30);
		assertThat(pilot.toView().completedOn()).isNull();

		pilot.progress(100, LocalDate.of(2024, 7, 1));
		var back = catchThrowableOfType(BusinessRuleException.class, () -> pilot.progress(99, LocalDate.of(2024, 7, 2)));
		assertThat(back.messageCode()).isEqualTo("programme.pilot.built");
		assertThat(back.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
		assertThat(pilot.toView().status()).isEqualTo(PilotStatus.BUILT);
		assertThat(pilot.toView().progress()).isEqualTo(100);
		// describing it again changes neither its state nor its completion
		pilot.describe(new PilotDetails(2025, "Vùng cam", PilotLevel.DISTRICT, "Chuỗi giá trị", "441", null, null,
				List.of()), List.of());
		assertThat(pilot.toView()).satisfies(v -> {
			assertThat(v.status()).isEqualTo(PilotStatus.BUILT);
			assertThat(v.completedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
			assertThat(v.communeCode()).isEqualTo("441");
			assertThat(v.products()).isEmpty();
		});
	}

	@Test
	void shouldKeepAnOutletsStateWhenDescribedAgainAndAcceptTheEdgesOfTheGlobe() {
		var outlet = outlet(new BigDecimal("90"), new BigDecimal("-180"));
		outlet.open(LocalDate.of(2024, 3, 1));
		assertThatThrownBy(() -> outlet.describe(details(new BigDecimal("90.0001"), BigDecimal.ZERO), List.of()))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.outlet.latitude");
		assertThat(outlet.toView().latitude()).isEqualTo(90.0);

		outlet.describe(new OutletDetails("  Điểm bán mới ", OutletKind.POINT, " Thôn 2 ", "18322",
				new BigDecimal("18.35"), new BigDecimal("105.47"), " HTX ", "  ", " ", List.of(" ", "  Có biển hiệu "),
				List.of()), List.of(CAM));
		assertThat(outlet.toView()).satisfies(v -> {
			assertThat(v.status()).isEqualTo(OutletStatus.OPEN);
			assertThat(v.openedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(v.name()).isEqualTo("Điểm bán mới");
			assertThat(v.openingHours()).isNull();
			assertThat(v.phone()).isNull();
			assertThat(v.criteria()).containsExactly("Có biển hiệu");
			assertThat(v.products()).containsExactly(CAM);
		});
		// criteria all blank are no criteria, not one empty criterion
		outlet.describe(new OutletDetails("Điểm bán", OutletKind.POINT, "Thôn 2", "18322", new BigDecimal("18.35"),
				new BigDecimal("105.47"), "HTX", null, null, List.of(" ", ""), List.of()), List.of(CAM));
		assertThat(outlet.toView().criteria()).isEmpty();
		outlet.close(LocalDate.of(2024, 3, 1));
		assertThat(outlet.toView().status()).isEqualTo(OutletStatus.CLOSED);
		assertThatThrownBy(() -> outlet.close(LocalDate.of(2024, 3, 2))).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.outlet.notOpen");
		assertThat(outlet.toView().closedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
	}

	@Test
	void shouldKeepAnEventsDatesAndProductsWhenNewDatesAreRefused() {
		var fair = new ProgrammeEvent(new EventDetails(EventKind.FAIR, "Hội chợ", LocalDate.of(2024, 10, 5),
				LocalDate.of(2024, 10, 7), "  Quảng trường  ", "18322", "  Hội chợ OCOP  ", List.of()), List.of(CAM),
				NOW, "office");
		assertThat(fair.toView().place()).isEqualTo("Quảng trường");
		assertThat(fair.toView().description()).isEqualTo("Hội chợ OCOP");
		assertThatThrownBy(() -> fair.describe(new EventDetails(EventKind.FAIR, "Hội chợ", LocalDate.of(2024, 10, 8),
				LocalDate.of(2024, 10, 7), "X", null, null, List.of()), List.of())).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.event.dates");
		assertThat(fair.toView()).satisfies(v -> {
			assertThat(v.startsOn()).isEqualTo(LocalDate.of(2024, 10, 5));
			assertThat(v.endsOn()).isEqualTo(LocalDate.of(2024, 10, 7));
			assertThat(v.place()).isEqualTo("Quảng trường");
			assertThat(v.communeCode()).isEqualTo("18322");
			assertThat(v.products()).containsExactly(CAM);
		});
	}

	private static Training course(LocalDate startsOn, LocalDate endsOn) {
		return new Training(details(startsOn, endsOn), NOW, "office");
	}

	private static TrainingDetails details(LocalDate startsOn, LocalDate endsOn) {
		return new TrainingDetails("Tập huấn", "Văn phòng OCOP", Audience.PRODUCERS, null, "18322", startsOn, endsOn,
				null);
	}

	private static Outlet outlet(BigDecimal latitude, BigDecimal longitude) {
		return new Outlet(details(latitude, longitude), List.of(), NOW, "office");
	}

	private static OutletDetails details(BigDecimal latitude, BigDecimal longitude) {
		return new OutletDetails("Điểm bán", OutletKind.POINT, "Thôn 1", "18322", latitude, longitude, "HTX", null, null,
				List.of(), List.of());
	}
}
