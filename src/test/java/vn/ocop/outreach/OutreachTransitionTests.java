package vn.ocop.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Each outreach aggregate's transitions one by one, without Spring: a course's dates, sessions and participants, an
 * outlet's opening, closing and reopening, a pilot model's progress and level, an event's dates and products.
 */
class OutreachTransitionTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");
	static final LinkedProduct CAM = new LinkedProduct(UUID.randomUUID(), "Cam Khe Mây");
	static final LinkedProduct MAM = new LinkedProduct(UUID.randomUUID(), "Mắm ruốc");

	@Test
	void shouldKeepACoursesSessionsInsideItsDatesAndEachParticipantOnce() {
		assertThatThrownBy(() -> course(LocalDate.of(2024, 5, 22), LocalDate.of(2024, 5, 20)))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.dates");
		var course = course(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21));
		assertThat(course.toView().year()).isEqualTo(2024);
		assertThatThrownBy(() -> course.addSession(LocalDate.of(2024, 5, 19), "Trước"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.session.outside");
		course.addSession(LocalDate.of(2024, 5, 21), "  Bộ tiêu chí  ");
		assertThat(course.toView().sessions()).singleElement().satisfies(s -> assertThat(s.topic()).isEqualTo("Bộ tiêu chí"));

		UUID producer = UUID.randomUUID();
		course.enrol("HTX Cam", null, producer, "18322");
		course.enrol("Cán bộ xã", "commune-dl", null, "18322");
		assertThatThrownBy(() -> course.enrol("HTX Cam (lần hai)", null, producer, "18322"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.participant.exists");
		assertThatThrownBy(() -> course.enrol("Ai đó", "commune-dl", null, null)).isInstanceOf(BusinessRuleException.class);
		// people enrolled by name only may share a name
		course.enrol("Nguyễn Văn A", null, null, null);
		course.enrol("Nguyễn Văn A", null, null, null);
		assertThat(course.toView().participants()).hasSize(4);
	}

	@Test
	void shouldRecordAttendanceOnlyOfTheCoursesOwnSessionsAndParticipants() {
		var course = course(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
		var session = course.addSession(LocalDate.of(2024, 6, 3), "Buổi 1");
		course.enrol("Người học", "a", null, null);
		UUID participant = course.toView().participants().get(0).id();
		UUID sessionId = course.toView().sessions().get(0).id();
		assertThatThrownBy(() -> course.recordAttendance(UUID.randomUUID(), Set.of(participant)))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> course.recordAttendance(sessionId, Set.of(UUID.randomUUID())))
				.isInstanceOf(NotFoundException.class);
		course.recordAttendance(sessionId, Set.of(participant));
		assertThat(course.toView().participants().get(0).attended()).isEqualTo(1);
		// a second record of the session replaces the first
		course.recordAttendance(sessionId, Set.of());
		assertThat(course.toView().participants().get(0).attended()).isZero();
		assertThat(session).isNotNull();
	}

	@Test
	void shouldAskForTheSessionsHeldByTheDayOfCompletionOnlyAndUndoACompletion() {
		var course = course(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 3));
		course.addSession(LocalDate.of(2024, 7, 1), "Buổi 1");
		course.addSession(LocalDate.of(2024, 7, 3), "Buổi 3");
		course.enrol("Người học", "a", null, null);
		UUID participant = course.toView().participants().get(0).id();
		var first = course.toView().sessions().get(0).id();
		course.recordAttendance(first, Set.of(participant));
		course.complete(participant, LocalDate.of(2024, 7, 2));
		assertThat(course.toView().participants().get(0)).satisfies(p -> {
			assertThat(p.completed()).isTrue();
			assertThat(p.completedOn()).isEqualTo(LocalDate.of(2024, 7, 2));
		});
		course.uncomplete(participant);
		assertThat(course.toView().participants().get(0).completedOn()).isNull();
		// on the last day the third session counts too, and was missed
		assertThatThrownBy(() -> course.complete(participant, LocalDate.of(2024, 7, 3)))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.completion.attendance");
		assertThatThrownBy(() -> course.complete(UUID.randomUUID(), LocalDate.of(2024, 7, 3)))
				.isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldReopenAClosedOutletAndRefuseImpossibleMovesAndPlaces() {
		var outlet = outlet(new BigDecimal("18.35"), new BigDecimal("105.47"));
		assertThat(outlet.toView().status()).isEqualTo(OutletStatus.PLANNED);
		assertThatThrownBy(() -> outlet.close(LocalDate.of(2024, 1, 1))).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.outlet.notOpen");
		outlet.open(LocalDate.of(2024, 3, 1));
		assertThatThrownBy(() -> outlet.open(LocalDate.of(2024, 3, 2))).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.outlet.alreadyOpen");
		assertThatThrownBy(() -> outlet.close(LocalDate.of(2024, 2, 28))).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.outlet.closeBeforeOpen");
		outlet.close(LocalDate.of(2024, 9, 30));
		assertThat(outlet.toView().closedOn()).isEqualTo(LocalDate.of(2024, 9, 30));
		outlet.open(LocalDate.of(2025, 1, 2));
		assertThat(outlet.toView()).satisfies(v -> {
			assertThat(v.status()).isEqualTo(OutletStatus.OPEN);
			assertThat(v.openedOn()).isEqualTo(LocalDate.of(2025, 1, 2));
			assertThat(v.closedOn()).isNull();
			assertThat(v.products()).extracting(LinkedProduct::productName).containsExactly("Cam Khe Mây", "Mắm ruốc");
		});
		assertThatThrownBy(() -> outlet(new BigDecimal("18.35"), new BigDecimal("181")))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.outlet.longitude");
		assertThatThrownBy(() -> outlet(new BigDecimal("-90.5"), new BigDecimal("105")))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.outlet.latitude");
	}

	@Test
	void shouldKeepAPilotsFirstCompletionDayAndAskADistrictPilotForItsUnit() {
		var pilot = new Pilot(new PilotDetails(2024, "Vùng cam", PilotLevel.DISTRICT, "Vùng nguyên liệu", "18322", null,
				null, List.of()), List.of(CAM), NOW, "district");
		assertThat(pilot.toView().status()).isEqualTo(PilotStatus.SELECTED);
		pilot.progress(0, LocalDate.of(2024, 4, 1));
		assertThat(pilot.toView().status()).isEqualTo(PilotStatus.SELECTED);
		assertThatThrownBy(() -> pilot.progress(101, LocalDate.of(2024, 4, 1))).isInstanceOf(BusinessRuleException.class);
		pilot.progress(100, LocalDate.of(2024, 8, 1));
		pilot.progress(100, LocalDate.of(2024, 9, 1));
		assertThat(pilot.toView().completedOn()).isEqualTo(LocalDate.of(2024, 8, 1));
		assertThatThrownBy(() -> pilot.describe(new PilotDetails(2024, "Vùng cam", PilotLevel.DISTRICT, "x", null, null,
				null, List.of()), List.of())).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.pilot.district.unit");
		// a provincial model needs no unit
		pilot.describe(new PilotDetails(2024, "Vùng cam", PilotLevel.PROVINCIAL, "x", " ", " ", null, List.of()), List.of());
		assertThat(pilot.toView().communeCode()).isNull();
	}

	@Test
	void shouldRefuseAnEventEndingBeforeItStartsAndReplaceItsProducts() {
		assertThatThrownBy(() -> event(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 4), List.of()))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.event.dates");
		var fair = event(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 5), List.of(MAM, CAM));
		assertThat(fair.toView().products()).extracting(LinkedProduct::productName).containsExactly("Cam Khe Mây",
				"Mắm ruốc");
		fair.describe(new EventDetails(EventKind.CONFERENCE, "  Hội nghị  ", LocalDate.of(2024, 11, 1),
				LocalDate.of(2024, 11, 2), "Hà Tĩnh", " ", " ", List.of()), List.of(MAM));
		assertThat(fair.toView()).satisfies(v -> {
			assertThat(v.kind()).isEqualTo(EventKind.CONFERENCE);
			assertThat(v.title()).isEqualTo("Hội nghị");
			assertThat(v.communeCode()).isNull();
			assertThat(v.description()).isNull();
			assertThat(v.products()).containsExactly(MAM);
		});
	}

	private static Training course(LocalDate startsOn, LocalDate endsOn) {
		return new Training(new TrainingDetails("Tập huấn", "Văn phòng OCOP", Audience.PRODUCERS, null, "18322", startsOn,
				endsOn, null), NOW, "office");
	}

	private static Outlet outlet(BigDecimal latitude, BigDecimal longitude) {
		return new Outlet(new OutletDetails("Điểm bán", OutletKind.POINT, "Thôn 1", "18322", latitude, longitude, "HTX",
				null, null, List.of(), List.of()), List.of(MAM, CAM), NOW, "office");
	}

	private static ProgrammeEvent event(LocalDate startsOn, LocalDate endsOn, List<LinkedProduct> products) {
		return new ProgrammeEvent(new EventDetails(EventKind.FAIR, "Hội chợ", startsOn, endsOn, "Quảng trường", null, null,
				List.of()), products, NOW, "office");
	}
}
