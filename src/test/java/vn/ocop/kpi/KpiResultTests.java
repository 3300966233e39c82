package vn.ocop.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An indicator's number against its target, and the tally behind it, without Spring: the bar never past 100 %, no
 * progress without a target or a number, a quick tally without the drill-down, and a figure's splits in a stable
 * order that no one can change afterwards.
 */
class KpiResultTests {

	@ParameterizedTest(name = "{0} of {1}: {2} %, reached {3}")
	@CsvSource({ "0, 60, 0, false", "59, 60, 98, false", "60, 60, 100, true", "90, 60, 100, true",
			"1, 3, 33, false" })
	void shouldShowTheShareOfTheTargetReachedCappedForTheBar(long actual, long target, int progress, boolean reached) {
		var result = result(BigDecimal.valueOf(target), Measurement.of(BigDecimal.valueOf(actual), Map.of()));
		assertThat(result.progress()).isEqualTo(progress);
		assertThat(result.reached()).isEqualTo(reached);
		assertThat(result.actual()).isEqualByComparingTo(BigDecimal.valueOf(actual));
	}

	@Test
	void shouldShowNoProgressWithoutATargetOrANumber() {
		var unavailable = result(BigDecimal.TEN, Measurement.unavailable());
		assertThat(unavailable.available()).isFalse();
		assertThat(unavailable.actual()).isNull();
		assertThat(unavailable.progress()).isEqualTo(-1);
		assertThat(unavailable.reached()).isFalse();

		var noTarget = result(null, Measurement.of(BigDecimal.valueOf(5), Map.of()));
		assertThat(noTarget.progress()).isEqualTo(-1);
		assertThat(noTarget.reached()).isFalse();
		// a target of nought is reached by anything, but has no bar
		var zero = result(BigDecimal.ZERO, Measurement.of(BigDecimal.ONE, Map.of()));
		assertThat(zero.progress()).isEqualTo(-1);
		assertThat(zero.reached()).isTrue();
	}

	@Test
	void shouldSkipTheDrillDownOfAQuickTallyAndTheMonthsOfAnUndatedOne() {
		var quick = Measurement.tally(2024, false)
				.add(CountedKind.PRODUCT, 1, "18322", "1048-01", LocalDate.of(2024, 2, 1), "new")
				.add(CountedKind.PRODUCT, 2, "18322", null, LocalDate.of(2024, 5, 1), "new");
		assertThat(quick.count()).isEqualTo(2);
		var counted = quick.done();
		assertThat(counted.actual()).isEqualByComparingTo("2");
		assertThat(counted.byCommune()).isEmpty();
		assertThat(counted.byProductSet()).isEmpty();
		assertThat(counted.records()).isEmpty();
		assertThat(counted.breakdown()).containsEntry("new", BigDecimal.valueOf(2));
		assertThat(counted.monthly()).hasSize(12);
		assertThat(counted.monthly().get(3)).isEqualByComparingTo("1");
		assertThat(counted.monthly().get(4)).isEqualByComparingTo("2");

		var detailed = Measurement.tally(2024)
				.add(CountedKind.OUTLET, 7, "18322", null, null, null)
				.add(CountedKind.PILOT, "p-1", null, null, null, null)
				.done();
		assertThat(detailed.monthly()).isEmpty();
		assertThat(detailed.records()).extracting(Measurement.Counted::kind).containsExactly(CountedKind.OUTLET,
				CountedKind.PILOT);
		assertThat(detailed.records().get(0).id()).isEqualTo("7");
		assertThat(detailed.byCommune()).containsExactly(Map.entry("18322", BigDecimal.ONE));

		var empty = Measurement.tally(2024).keys("a").done();
		assertThat(empty.actual()).isEqualByComparingTo("0");
		assertThat(empty.breakdown()).containsExactly(Map.entry("a", BigDecimal.ZERO));
	}

	@Test
	void shouldKeepAFiguresSplitsInAStableOrderAndUnchangeable() {
		Map<String, BigDecimal> communes = new LinkedHashMap<>();
		communes.put("18322", BigDecimal.ONE);
		communes.put("18139", BigDecimal.TEN);
		Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
		breakdown.put("z", BigDecimal.ONE);
		breakdown.put("a", BigDecimal.TEN);
		var figure = new Measurement(true, BigDecimal.valueOf(11), communes, Map.of(), breakdown, List.of());
		assertThat(figure.byCommune().keySet()).containsExactly("18139", "18322");
		assertThat(figure.breakdown().keySet()).containsExactly("z", "a");
		communes.put("99999", BigDecimal.ONE);
		assertThat(figure.byCommune()).hasSize(2);
		assertThatThrownBy(() -> figure.breakdown().put("b", BigDecimal.ONE))
				.isInstanceOf(UnsupportedOperationException.class);

		var regrouped = figure.withBreakdown(Map.of("all", BigDecimal.valueOf(11)));
		assertThat(regrouped.actual()).isEqualByComparingTo("11");
		assertThat(regrouped.byCommune()).isEqualTo(figure.byCommune());
		assertThat(regrouped.breakdown()).containsOnlyKeys("all");
		assertThat(Measurement.percent(2, 3)).isEqualByComparingTo("66.7");
		assertThat(Measurement.percent(1, 8)).isEqualByComparingTo("12.5");
		assertThat(Measurement.percent(5, 4)).isEqualByComparingTo("125.0");
	}

	private static KpiResult result(BigDecimal target, Measurement measurement) {
		return new KpiResult("products-certified", "Sản phẩm được công nhận", "", "sản phẩm", target, null,
				measurement);
	}
}
