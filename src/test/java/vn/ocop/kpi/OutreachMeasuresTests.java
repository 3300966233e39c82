package vn.ocop.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotStatus;
import vn.ocop.outreach.PilotView;

/**
 * The measures of outreach's records, on records built here: officials trained over all officials, and pilot models
 * built per level and year with those still being built beside them.
 */
class OutreachMeasuresTests {

	static final int YEAR = 2024;
	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	@Test
	void shouldCountTheShareOfOfficialsWhoCompletedACourseOfTheYear() {
		var officials = List.of(new KpiInput.Official("district-vq", "441"), new KpiInput.Official("commune-dl", "18322"),
				new KpiInput.Official("office", "42"), new KpiInput.Official("district-hk", "442"));
		var completions = List.of(new KpiInput.Completion("district-vq", null, "18322", LocalDate.of(YEAR, 5, 21)),
				new KpiInput.Completion("commune-dl", null, "18322", LocalDate.of(YEAR, 5, 21)),
				new KpiInput.Completion(null, UUID.randomUUID(), "18139", LocalDate.of(YEAR, 6, 2)));
		var input = new KpiInput(YEAR, TODAY, true, List::of, List::of, List::of, () -> completions, () -> officials,
				List::of, List::of);
		var share = new ProgrammeMeasures.TrainedShare().measure(input);
		// two of the four officials; no producer takes part in the (empty) cycle
		assertThat(share.actual()).isEqualByComparingTo("50");
		assertThat(share.breakdown()).containsEntry("programme.breakdown.officialsTrained", BigDecimal.valueOf(2))
				.containsEntry("programme.breakdown.officials", BigDecimal.valueOf(4));
		assertThat(share.byCommune()).containsEntry("18322", BigDecimal.valueOf(2)).containsEntry("18139", BigDecimal.ONE);
	}

	@Test
	void shouldCountThePilotsBuiltOfTheLevelAndYearOnly() {
		var pilots = List.of(pilot(PilotLevel.DISTRICT, YEAR, PilotStatus.BUILT), pilot(PilotLevel.DISTRICT, YEAR, PilotStatus.BUILT),
				pilot(PilotLevel.DISTRICT, YEAR, PilotStatus.BUILDING), pilot(PilotLevel.DISTRICT, YEAR, PilotStatus.SELECTED),
				pilot(PilotLevel.DISTRICT, YEAR - 1, PilotStatus.BUILT), pilot(PilotLevel.PROVINCIAL, YEAR, PilotStatus.BUILT));
		var input = new KpiInput(YEAR, TODAY, true, List::of, List::of, List::of, List::of, List::of, List::of,
				() -> pilots);
		var district = new ProgrammeMeasures.PilotsDistrict().measure(input);
		assertThat(district.actual()).isEqualByComparingTo("2");
		assertThat(district.records()).hasSize(2).allSatisfy(r -> assertThat(r.kind()).isEqualTo(CountedKind.PILOT));
		assertThat(district.breakdown()).containsEntry("programme.breakdown.pilot.BUILDING", BigDecimal.ONE)
				.containsEntry("programme.breakdown.pilot.SELECTED", BigDecimal.ONE);
		assertThat(new ProgrammeMeasures.PilotsProvincial().measure(input).actual()).isEqualByComparingTo("1");
		assertThat(new ProgrammeMeasures.PilotsCentral().measure(input).actual()).isEqualByComparingTo("0");
	}

	private static PilotView pilot(PilotLevel level, int year, PilotStatus status) {
		return new PilotView(UUID.randomUUID(), year, "Mô hình", level, "Vùng nguyên liệu", "18322", null, null, status,
				status == PilotStatus.BUILT ? 100 : 40, status == PilotStatus.BUILT ? LocalDate.of(year, 9, 1) : null,
				List.of());
	}
}
