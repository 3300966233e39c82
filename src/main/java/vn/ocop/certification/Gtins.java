package vn.ocop.certification;

import org.jspecify.annotations.Nullable;

/**
 * GTINs as GS1 Digital Link uses them: 8, 12, 13 or 14 digits with a valid check digit, written as 14 digits.
 */
final class Gtins {

	private Gtins() {
	}

	/** The GTIN-14 form of a GTIN, or {@code null} if it is not a valid GTIN. */
	static @Nullable String toGtin14(@Nullable String gtin) {
		if (gtin == null) {
			return null;
		}
		String digits = gtin.strip();
		if (!digits.matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}")) {
			return null;
		}
		String padded = "0".repeat(14 - digits.length()) + digits;
		return checkDigitValid(padded) ? padded : null;
	}

	static boolean checkDigitValid(String gtin14) {
		int sum = 0;
		for (int i = 0; i < 13; i++) {
			int digit = gtin14.charAt(i) - '0';
			sum += (i % 2 == 0) ? digit * 3 : digit;
		}
		int check = (10 - sum % 10) % 10;
		return check == gtin14.charAt(13) - '0';
	}
}
