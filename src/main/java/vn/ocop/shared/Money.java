package vn.ocop.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An amount of money in whole đồng, never negative: prices, totals, budget lines, commitments, support amounts,
 * revenue. Written as Vietnamese write it, {@code 1.250.000 ₫} ({@link #format()}), and read from what people type,
 * {@code 1.250.000}, {@code 1,250,000} or {@code 1 250 000 đ} ({@link #parse}). Arithmetic is exact: a sum that
 * would overflow fails instead of wrapping round, and a subtraction below zero is refused.
 *
 * <p>API records and database columns keep plain numbers; convert at the boundary with {@link #of(long)} and
 * {@link #dong()}.
 */
public record Money(long dong) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	/** The largest amount a form or an import accepts: 18 digits (under a billion billion đồng). */
	public static final long MAX_PARSED = 999_999_999_999_999_999L;

	private static final Pattern SEPARATORS = Pattern.compile("[.,\\s\\u00a0\\u202f]");
	private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(₫|đ|đồng|vnd|vnđ)$");
	private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

	public Money {
		if (dong < 0) {
			throw new IllegalArgumentException("An amount of money is never negative: " + dong);
		}
	}

	public static Money of(long dong) {
		return dong == 0 ? ZERO : new Money(dong);
	}

	/** A decimal amount as whole đồng: fractions of a đồng are dropped; negative or too large amounts fail. */
	public static Money of(BigDecimal amount) {
		return of(amount.setScale(0, RoundingMode.DOWN).longValueExact());
	}

	/**
	 * Reads an amount as people type it: digits with dots, commas or spaces between the thousands, with or without
	 * the currency ({@code ₫}, {@code đ}, {@code đồng}, {@code VND}); blank is no amount.
	 *
	 * @throws IllegalArgumentException when the text is not a whole, non-negative amount of at most 18 digits
	 */
	public static @Nullable Money parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = SEPARATORS.matcher(CURRENCY.matcher(text.strip()).replaceFirst("")).replaceAll("");
		if (!DIGITS.matcher(digits).matches()) {
			throw new IllegalArgumentException("Not an amount of đồng: " + text);
		}
		return of(Long.parseLong(digits));
	}

	public Money plus(Money other) {
		return of(Math.addExact(dong, other.dong));
	}

	/** What is left after taking {@code other} away; refused (ArithmeticException) below zero. */
	public Money minus(Money other) {
		if (other.dong > dong) {
			throw new ArithmeticException("Not enough money: " + dong + " - " + other.dong);
		}
		return of(dong - other.dong);
	}

	public Money times(long factor) {
		if (factor < 0) {
			throw new IllegalArgumentException("A negative factor: " + factor);
		}
		return of(Math.multiplyExact(dong, factor));
	}

	/** {@code percent} per cent of the amount, rounded down to the đồng (a ceiling share of a cost). */
	public Money percent(int percent) {
		return of(BigDecimal.valueOf(dong).multiply(BigDecimal.valueOf(percent))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact());
	}

	public boolean isZero() {
		return dong == 0;
	}

	public boolean exceeds(Money other) {
		return dong > other.dong;
	}

	public Money min(Money other) {
		return dong <= other.dong ? this : other;
	}

	public BigDecimal toBigDecimal() {
		return BigDecimal.valueOf(dong);
	}

	/** {@code 1.250.000 ₫}. */
	public String format() {
		return format(dong);
	}

	/** {@code 1.250.000}: the digits grouped by thousands, without the currency (a column headed in đồng). */
	public String digits() {
		return digits(dong);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(dong, other.dong);
	}

	@Override
	public String toString() {
		return format();
	}

	/** Any whole number of đồng, also a difference below zero: {@code -1.250.000 ₫}. */
	public static String format(long dong) {
		return digits(dong) + " ₫";
	}

	/** A decimal amount in whole đồng (fractions dropped), also below zero. */
	public static String format(BigDecimal amount) {
		return digits(amount) + " ₫";
	}

	/** {@code -1.250.000}: thousands grouped by dots, the sign kept. */
	public static String digits(long dong) {
		return digits(BigDecimal.valueOf(dong));
	}

	/** A decimal amount's whole đồng (fractions dropped, towards zero) grouped by dots. */
	public static String digits(BigDecimal amount) {
		BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
		String plain = whole.abs().toPlainString();
		var out = new StringBuilder(plain.length() + plain.length() / 3 + 1);
		if (whole.signum() < 0) {
			out.append('-');
		}
		for (int i = 0; i < plain.length(); i++) {
			if (i > 0 && (plain.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(plain.charAt(i));
		}
		return out.toString();
	}
}
