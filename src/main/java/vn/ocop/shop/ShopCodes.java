package vn.ocop.shop;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Checkout codes such as {@code OC7K3M9QXD}: the prefix and 8 characters of Crockford's base 32 (no I, L, O, U),
 * easy to read out on the phone; an order adds its number, e.g. {@code OC7K3M9QXD-2}.
 */
@Component
class ShopCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private final SecureRandom random = new SecureRandom();

	String nextCheckout() {
		var code = new StringBuilder("OC");
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	static String normalise(String code) {
		return code.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
