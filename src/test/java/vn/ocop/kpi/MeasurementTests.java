package vn.ocop.kpi;

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
 * The measurement tally and a result against its target, without Spring.
 */
class MeasurementTests {


	static final Instant NOW = Instant.parse("2019-04-01T03:00:00Z");
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
}
