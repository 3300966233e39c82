package vn.ocop.shared.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.shared.Money;

/**
 * Amounts of đồng on the pages, written one way everywhere ({@link Money}): {@code ${@money.of(total)}} gives
 * {@code 1.250.000 ₫}, {@code ${@money.digits(revenue)}} gives {@code 1.250.000} for a column already headed in
 * đồng. An amount not set is shown as a dash.
 */
@Component("money")
public class MoneyFormat {

	static final String NONE = "—";

	public String of(@Nullable Object amount) {
		if (amount instanceof Money money) {
			return money.format();
		}
		BigDecimal value = decimal(amount);
		return value == null ? NONE : Money.format(value);
	}

	public String digits(@Nullable Object amount) {
		if (amount instanceof Money money) {
			return money.digits();
		}
		BigDecimal value = decimal(amount);
		return value == null ? NONE : Money.digits(value);
	}

	private static @Nullable BigDecimal decimal(@Nullable Object amount) {
		if (amount == null) {
			return null;
		}
		if (amount instanceof BigDecimal decimal) {
			return decimal;
		}
		if (amount instanceof Long || amount instanceof Integer || amount instanceof Short || amount instanceof Byte) {
			return BigDecimal.valueOf(((Number) amount).longValue());
		}
		if (amount instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		throw new IllegalArgumentException("Not an amount: " + amount);
	}
}
