package vn.ocop.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Human-readable URL segments from Vietnamese text: {@code "Nước mắm Vũng Áng"} → {@code nuoc-mam-vung-ang}
 * (diacritics dropped, {@code đ} as {@code d}, anything else between words as one hyphen).
 */
public final class Slugs {

	private Slugs() {
	}

	/** The slug of a text, at most {@code max} characters, never empty ({@code "x"} if nothing is left). */
	public static String of(String text, int max) {
		String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
				.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > max) {
			slug = slug.substring(0, max).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "x" : slug;
	}
}
