package vn.ocop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

/**
 * The programme's aggregates and value types without Spring: task transitions and lateness, training completion
 * by attendance, pilot progress, outlet opening, the measurement tally, and the 2019 plan data file.
 */
class ProgrammeModelTests {

	static final Instant NOW = Instant.parse("2019-04-01T03:00:00Z");

	@Test
	void shouldGuardTaskTransitionsAndKnowWhenATaskIsLate() {
		var task = new PlanTask(1, "1", "Hội nghị", "VPĐP", null, LocalDate.of(2019, 3, 20), NOW);
		assertThat(task.isLate(LocalDate.of(2019, 3, 20))).isFalse();
		assertThat(task.isLate(LocalDate.of(2019, 3, 21))).isTrue();
		assertThat(task.reminderDue(LocalDate.of(2019, 3, 21), 7)).isTrue();
		task.reminded(LocalDate.of(2019, 3, 21));
		assertThat(task.reminderDue(LocalDate.of(2019, 3, 27), 7)).isFalse();
		assertThat(task.reminderDue(LocalDate.of(2019, 3, 28), 7)).isTrue();

		task.report("admin", "Đã chuẩn bị", 30, NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
		task.moveTo(TaskStatus.DONE, NOW);
		assertThat(task.isLate(LocalDate.of(2019, 12, 1))).isFalse();
		assertThat(task.toView(LocalDate.of(2019, 12, 1)).progress()).isEqualTo(100);
		assertThatThrownBy(() -> task.moveTo(TaskStatus.CANCELLED, NOW)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> task.report("admin", " ", null, NOW)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> task.report("admin", "x", 101, NOW)).isInstanceOf(BusinessRuleException.class);
		// rescheduling clears the reminder memory
		task.moveTo(TaskStatus.IN_PROGRESS, NOW);
		task.describe("Hội nghị", "VPĐP", null, null, LocalDate.of(2019, 5, 1));
		assertThat(task.reminderDue(LocalDate.of(2019, 5, 2), 7)).isTrue();
	}

	@Test
	void shouldCompleteATrainingOnlyAfterEverySessionHeld() {
		var training = new Training(new TrainingDetails("Lớp", "Trường Chính trị Trần Phú", Audience.OFFICIALS, null,
				null, LocalDate.of(2019, 5, 20), LocalDate.of(2019, 5, 22), null), NOW, "admin");
		training.enrol("Nguyễn Văn A", "district", null, "441");
		assertThatThrownBy(() -> training.complete(id(training), LocalDate.of(2019, 5, 22)))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.noSessions");
		var first = training.addSession(LocalDate.of(2019, 5, 20), "Chu trình");
		training.addSession(LocalDate.of(2019, 5, 22), "Bộ tiêu chí");
		assertThatThrownBy(() -> training.addSession(LocalDate.of(2019, 5, 23), "Ngoài"))
				.isInstanceOf(BusinessRuleException.class);
		var view = training.toView();
		var participant = view.participants().get(0).id();
		training.recordAttendance(view.sessions().get(0).id(), Set.of(participant));
		// the second session has not been held on the 21st: attending the first is enough then
		training.complete(participant, LocalDate.of(2019, 5, 21));
		assertThat(training.toView().completedCount()).isEqualTo(1);
		training.uncomplete(participant);
		assertThatThrownBy(() -> training.complete(participant, LocalDate.of(2019, 5, 22)))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.training.completion.attendance");
		assertThatThrownBy(() -> training.enrol("Nguyễn Văn A", "district", null, "441"))
				.isInstanceOf(BusinessRuleException.class);
		assertThat(first).isNotNull();
	}

	private static java.util.UUID id(Training training) {
		return training.toView().participants().get(0).id();
	}

	@Test
	void shouldBuildPilotsAndOpenOutlets() {
		var pilot = new Pilot(new PilotDetails(2019, "Mô hình", PilotLevel.PROVINCIAL, "Vùng nguyên liệu", null, null,
				null, List.of()), List.of(), NOW, "admin");
		pilot.progress(40, LocalDate.of(2019, 6, 1));
		assertThat(pilot.toView().status()).isEqualTo(PilotStatus.BUILDING);
		pilot.progress(100, LocalDate.of(2019, 9, 1));
		assertThat(pilot.toView().completedOn()).isEqualTo(LocalDate.of(2019, 9, 1));
		assertThatThrownBy(() -> pilot.progress(90, LocalDate.of(2019, 9, 2))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> new Pilot(new PilotDetails(2019, "Huyện", PilotLevel.DISTRICT, "x", " ", null, null,
				List.of()), List.of(), NOW, "admin")).isInstanceOf(BusinessRuleException.class);

		var outlet = new Outlet(new OutletDetails("Điểm", OutletKind.POINT, "Vũ Quang", "18313", new BigDecimal("18.35"),
				new BigDecimal("105.47"), "HTX", null, null, List.of("Có biển hiệu", " "), List.of()), List.of(), NOW, "admin");
		assertThat(outlet.toView().criteria()).containsExactly("Có biển hiệu");
		assertThatThrownBy(() -> outlet.close(LocalDate.of(2019, 1, 1))).isInstanceOf(BusinessRuleException.class);
		outlet.open(LocalDate.of(2019, 12, 10));
		assertThatThrownBy(() -> outlet.close(LocalDate.of(2019, 12, 1))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> Outlet.validCoordinates(new BigDecimal("91"), BigDecimal.ZERO))
				.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldTallyByCommuneProductSetAndMonth() {
		var m = Measurement.tally(2019).keys("a", "b")
				.add("18322", "1048-01", LocalDate.of(2018, 12, 1), "a")
				.add("18322", "1048-01", LocalDate.of(2019, 3, 5), "a")
				.add("18139", null, LocalDate.of(2019, 11, 30), null)
				.add(null, null, LocalDate.of(2020, 1, 1), null)
				.done();
		assertThat(m.actual()).isEqualByComparingTo("4");
		assertThat(m.byCommune()).containsEntry("18322", BigDecimal.valueOf(2)).containsEntry("18139", BigDecimal.ONE);
		assertThat(m.byProductSet()).containsEntry("1048-01", BigDecimal.valueOf(2));
		assertThat(m.breakdown().keySet()).containsExactly("a", "b");
		assertThat(m.breakdown().get("b")).isEqualByComparingTo("0");
		assertThat(m.monthly()).hasSize(12);
		assertThat(m.monthly().get(0)).isEqualByComparingTo("1");
		assertThat(m.monthly().get(2)).isEqualByComparingTo("2");
		assertThat(m.monthly().get(11)).isEqualByComparingTo("3");
		assertThat(Measurement.percent(1, 3)).isEqualByComparingTo("33.3");
		assertThat(Measurement.percent(0, 0)).isEqualByComparingTo("0");
		var result = new KpiResult("X", "X", "", "", BigDecimal.valueOf(60), null, m);
		assertThat(result.progress()).isEqualTo(6);
		assertThat(result.reached()).isFalse();
		assertThat(new KpiResult("X", "X", "", "", null, null, m).progress()).isEqualTo(-1);
	}

	@Test
	void shouldReadThe2019PlanFileWithEveryActivityLeadAndDeadline() {
		var plan = PlanSeed.haTinh2019();
		assertThat(plan.year()).isEqualTo(2019);
		assertThat(plan.activities()).hasSize(13);
		assertThat(plan.targets()).extracting(PlanSeed.Target::code).contains("products-taking-part",
				"products-certified", "products-certified-existing", "products-certified-new", "products-three-stars",
				"organisations-strengthened", "organisations-new", "trained", "outlets");
		assertThat(plan.targets()).allSatisfy(t -> assertThat(t.measure()).isNotBlank());
		assertThat(plan.activities()).allSatisfy(a -> assertThat(a.tasks()).isNotEmpty());
		assertThat(plan.activities().get(1).tasks()).allSatisfy(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2019, 3, 31)));
		assertThat(plan.activities().get(6).tasks().get(0).lead()).isEqualTo("Sở Công Thương");
		assertThatThrownBy(() -> PlanSeed.read(new java.io.ByteArrayInputStream("{\"year\":2019,\"bogus\":1}".getBytes())))
				.isInstanceOf(BusinessRuleException.class);
	}
}
