package vn.ocop.shop;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers of the shop. */
final class ShopText {

	private ShopText() {
	}

	/** Lower case without diacritics (đ → d), for searching Vietnamese names as people type them. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ").strip();
	}
}
