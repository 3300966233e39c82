package vn.ocop.registry;

import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese business registration / tax number (mã số doanh nghiệp, mã số thuế): 10 digits, or 13 digits for a
 * dependent unit, written either as 13 digits or as {@code 10 digits-3 digits}. Kept as digits only.
 */
public record RegistrationNumber(String value) {

	public RegistrationNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("A registration number has 10 or 13 digits: " + value);
		}
	}

	/** Parses the usual written forms ({@code 0101234567}, {@code 0101234567001}, {@code 0101234567-001}). */
	public static RegistrationNumber parse(String text) {
		return new RegistrationNumber(normalise(text));
	}

	public static boolean isValidText(@Nullable String text) {
		return text != null && isValid(normalise(text));
	}

	static String normalise(String text) {
		String stripped = text.strip().replace(" ", "");
		if (stripped.matches("\\d{10}-\\d{3}")) {
			stripped = stripped.replace("-", "");
		}
		return stripped;
	}

	private static boolean isValid(@Nullable String digits) {
		return digits != null && digits.matches("\\d{10}|\\d{13}");
	}

	/** The usual written form: 10 digits, or 10 digits, a hyphen and 3 digits. */
	public String formatted() {
		return value.length() == 13 ? value.substring(0, 10) + "-" + value.substring(10) : value;
	}

	@Override
	public String toString() {
		return formatted();
	}
}
