package vn.ocop.shop;

/** Amounts in whole đồng as Vietnamese write them: {@code 1.250.000 ₫}. */
public final class Money {

	private Money() {
	}

	public static String format(long vnd) {
		String digits = Long.toString(Math.abs(vnd));
		var out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		return (vnd < 0 ? "-" : "") + out + " ₫";
	}
}
