package vn.ocop.outreach;

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
 * Outreach's aggregates without Spring: training completion by attendance, pilot progress, outlet opening and closing.
 */
class OutreachModelTests {


	static final Instant NOW = Instant.parse("2019-04-01T03:00:00Z");
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
}
