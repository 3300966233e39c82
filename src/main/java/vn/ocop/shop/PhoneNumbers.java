package vn.ocop.shop;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese telephone numbers as buyers type them: mobile numbers of 10 digits (03x, 05x, 07x, 08x, 09x) and
 * landlines of 11 digits (02x), written with +84 or 84 instead of the leading 0, with spaces, dots or dashes.
 */
public final class PhoneNumbers {

	private static final Pattern NATIONAL = Pattern.compile("0(?:[35789]\\d{8}|2\\d{9})");

	private PhoneNumbers() {
	}

	/** The number in its national form (e.g. {@code 0912345678}), or empty if it is not a Vietnamese number. */
	public static Optional<String> normalise(String input) {
		String digits = input.strip().replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() >= 11) {
			digits = "0" + digits.substring(2);
		}
		return NATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}
}
