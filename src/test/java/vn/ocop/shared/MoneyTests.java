package vn.ocop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.web.MoneyFormat;

class MoneyTests {

	@Test
	void shouldWriteAmountsAsVietnameseDo() {
		assertThat(Money.of(1_250_000).format()).isEqualTo("1.250.000 ₫");
		assertThat(Money.of(0).format()).isEqualTo("0 ₫");
		assertThat(Money.of(999).format()).isEqualTo("999 ₫");
		assertThat(Money.of(1_000).format()).isEqualTo("1.000 ₫");
		assertThat(Money.of(100_000).digits()).isEqualTo("100.000");
		assertThat(Money.of(Long.MAX_VALUE).digits()).isEqualTo("9.223.372.036.854.775.807");
	}

	@Test
	void shouldWriteDifferencesBelowZeroWithTheirSign() {
		assertThat(Money.format(-1_250_000)).isEqualTo("-1.250.000 ₫");
		assertThat(Money.digits(-999)).isEqualTo("-999");
		assertThat(Money.digits(Long.MIN_VALUE)).isEqualTo("-9.223.372.036.854.775.808");
	}

	@Test
	void shouldWriteDecimalAmountsInWholeDong() {
		assertThat(Money.format(new BigDecimal("1250000.00"))).isEqualTo("1.250.000 ₫");
		assertThat(Money.digits(new BigDecimal("1234.99"))).isEqualTo("1.234");
		assertThat(Money.digits(new BigDecimal("-1234.99"))).isEqualTo("-1.234");
		assertThat(Money.digits(new BigDecimal("1E+6"))).isEqualTo("1.000.000");
		assertThat(Money.digits(new BigDecimal("123456789012345678901"))).isEqualTo("123.456.789.012.345.678.901");
		assertThat(Money.of(new BigDecimal("2500.50"))).isEqualTo(Money.of(2_500));
	}

	@Test
	void shouldReadWhatPeopleType() {
		assertThat(Money.parse("1.250.000")).isEqualTo(Money.of(1_250_000));
		assertThat(Money.parse("1,250,000")).isEqualTo(Money.of(1_250_000));
		assertThat(Money.parse(" 1 250 000 đ ")).isEqualTo(Money.of(1_250_000));
		assertThat(Money.parse("45.000₫")).isEqualTo(Money.of(45_000));
		assertThat(Money.parse("45000 VND")).isEqualTo(Money.of(45_000));
		assertThat(Money.parse("0")).isEqualTo(Money.ZERO);
		assertThat(Money.parse("999999999999999999")).isEqualTo(Money.of(Money.MAX_PARSED));
		assertThat(Money.parse(null)).isNull();
		assertThat(Money.parse("  ")).isNull();
	}

	@Test
	void shouldRefuseWhatIsNotAWholeAmount() {
		for (String bad : new String[] { "-5", "abc", "12a", "1.5e3", "₫", "+100", "1000000000000000000", "1/2" }) {
			assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void shouldNeverBeNegative() {
		assertThatThrownBy(() -> Money.of(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.of(new BigDecimal("-0.5").subtract(BigDecimal.ONE)))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.of(1_000).minus(Money.of(1_001))).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Money.of(1_000).times(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldFailRatherThanOverflow() {
		assertThatThrownBy(() -> Money.of(Long.MAX_VALUE).plus(Money.of(1))).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"))).isInstanceOf(ArithmeticException.class);
		assertThat(Money.of(Long.MAX_VALUE).percent(100)).isEqualTo(Money.of(Long.MAX_VALUE));
	}

	@Test
	void shouldAddSubtractAndShare() {
		assertThat(Money.of(1_000).plus(Money.of(500))).isEqualTo(Money.of(1_500));
		assertThat(Money.of(1_000).minus(Money.of(1_000))).isEqualTo(Money.ZERO);
		assertThat(Money.of(15_000).times(3)).isEqualTo(Money.of(45_000));
		assertThat(Money.of(999).percent(50)).isEqualTo(Money.of(499));
		assertThat(Money.of(2_000).min(Money.of(1_500))).isEqualTo(Money.of(1_500));
		assertThat(Money.of(2_000).exceeds(Money.of(1_500))).isTrue();
		assertThat(Money.of(2_000).toBigDecimal()).isEqualByComparingTo("2000");
	}

	@Test
	void shouldFormatAnyAmountOnThePages() {
		var money = new MoneyFormat();
		assertThat(money.of(32_500L)).isEqualTo("32.500 ₫");
		assertThat(money.of(32_500)).isEqualTo("32.500 ₫");
		assertThat(money.of(new BigDecimal("1000000.00"))).isEqualTo("1.000.000 ₫");
		assertThat(money.of(Money.of(5))).isEqualTo("5 ₫");
		assertThat(money.of(null)).isEqualTo("—");
		assertThat(money.digits(1_234_567L)).isEqualTo("1.234.567");
		assertThat(money.digits(null)).isEqualTo("—");
	}
}
