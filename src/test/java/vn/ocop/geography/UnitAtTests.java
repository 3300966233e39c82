package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A unit code as it was on a date: both parts required, equal when both are equal, and a code read on another day
 * is another reference.
 */
class UnitAtTests {

	static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@Test
	void shouldRequireTheCodeAndTheDate() {
		assertThatNullPointerException().isThrownBy(() -> new UnitAt(null, BEFORE)).withMessage("code");
		assertThatNullPointerException().isThrownBy(() -> new UnitAt("18325", null)).withMessage("date");
	}

	@Test
	void shouldBeTheSameReferenceOnlyForTheSameCodeOnTheSameDay() {
		var vuQuang = new UnitAt("18325", BEFORE);
		assertThat(vuQuang).isEqualTo(new UnitAt("18325", BEFORE)).hasSameHashCodeAs(new UnitAt("18325", BEFORE));
		assertThat(vuQuang).as("the same code after the reorganisation is another unit")
				.isNotEqualTo(new UnitAt("18325", AFTER));
		assertThat(vuQuang.on(AFTER)).isEqualTo(new UnitAt("18325", AFTER));
		assertThat(vuQuang.withCode("18328")).isEqualTo(new UnitAt("18328", BEFORE));
	}
}
