package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * One version of an administrative unit without Spring: a province is its own root and the only unit without a
 * parent, a version is in force from its first day to its last inclusive, and it is closed once, never before it
 * began.
 */
class AdministrativeUnitTests {

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	@Test
	void shouldGiveEveryUnitButAProvinceAParentAndAProvinceItsOwnCode() {
		assertThatThrownBy(() -> new AdministrativeUnit("42", "Hà Tĩnh", UnitLevel.PROVINCE, "01", "42", FROM))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AdministrativeUnit("42", "Hà Tĩnh", UnitLevel.PROVINCE, null, "40", FROM))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own root");
		assertThatThrownBy(() -> new AdministrativeUnit("18322", "Xã Đức Lĩnh", UnitLevel.COMMUNE, null, "42", FROM))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AdministrativeUnit("18322", " ", UnitLevel.COMMUNE, "441", "42", FROM))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");

		var province = new AdministrativeUnit("42", "Hà Tĩnh", UnitLevel.PROVINCE, null, "42", FROM);
		assertThat(province.isNew()).isTrue();
		province.markStored();
		assertThat(province.isNew()).isFalse();
		assertThat(province.toUnit()).isEqualTo(new Unit("42", "Hà Tĩnh", UnitLevel.PROVINCE, null, FROM, null));
	}

	@Test
	void shouldBeInForceFromTheFirstToTheLastDayAndCloseOnceNeverBeforeItBegan() {
		var commune = new AdministrativeUnit("18322", "Xã Đức Lĩnh", UnitLevel.COMMUNE, "441", "42", FROM);
		assertThat(commune.inForceOn(FROM.minusDays(1))).isFalse();
		assertThat(commune.inForceOn(FROM)).isTrue();
		assertThat(commune.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();

		assertThatThrownBy(() -> commune.close(FROM.minusDays(1))).isInstanceOf(IllegalStateException.class);
		var last = LocalDate.of(2025, 6, 30);
		commune.close(last);
		assertThat(commune.inForceOn(last)).isTrue();
		assertThat(commune.inForceOn(last.plusDays(1))).isFalse();
		assertThat(commune.toUnit().validTo()).isEqualTo(last);
		assertThat(commune.toUnit().inForceOn(last.plusDays(1))).isFalse();
		assertThatThrownBy(() -> commune.close(LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("already closed");
		assertThat(commune.toUnit().validTo()).isEqualTo(last);

		// a version may last a single day
		var oneDay = new AdministrativeUnit("18323", "Xã Đức Hương", UnitLevel.COMMUNE, "441", "42", FROM);
		oneDay.close(FROM);
		assertThat(oneDay.inForceOn(FROM)).isTrue();
	}

	@Test
	void shouldContinueAVersionOnlyWithTheSameNameLevelAndParent() {
		var commune = new AdministrativeUnit("18322", "Xã Đức Lĩnh", UnitLevel.COMMUNE, "441", "42", FROM);
		assertThat(commune.sameAs("Xã Đức Lĩnh", UnitLevel.COMMUNE, "441")).isTrue();
		assertThat(commune.sameAs("Xã Đức Lĩnh", UnitLevel.COMMUNE, "436")).isFalse();
		assertThat(commune.sameAs("Xã Đức Lĩnh mới", UnitLevel.COMMUNE, "441")).isFalse();
		assertThat(commune.sameAs("Xã Đức Lĩnh", UnitLevel.DISTRICT, "441")).isFalse();
		assertThat(commune.sameAs("Xã Đức Lĩnh", UnitLevel.COMMUNE, null)).isFalse();
	}
}
