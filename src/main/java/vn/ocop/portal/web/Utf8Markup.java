package vn.ocop.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Markup written straight as UTF-8, piece by piece, for the pages written in Java ({@link ResultsHtml},
 * {@link ProductHtml}): a {@code StringBuilder} of a Vietnamese page turned to two bytes a character at its first
 * letter with a diacritic (a copy of all before it), was copied again into a string, and the whole string was then
 * encoded character by character; here only the pieces that are not ASCII are encoded that way (the markup around
 * them is copied), and the page is one array of about its size in UTF-8. Appends as {@code StringBuilder} does ({@code null} as
 * {@code "null"}).
 */
final class Utf8Markup {

	private byte[] bytes;
	private int length;

	Utf8Markup(int capacity) {
		this.bytes = new byte[Math.max(16, capacity)];
	}

	Utf8Markup append(@Nullable String text) {
		return append(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Markup of the page's own code that is all ASCII (tags, attributes, the spaces between them), copied a
	 * character to a byte: a literal's UTF-8 encoding on every append (a new array each time) was a fifth of
	 * writing a fragment's cards. Text that may hold any other character goes to {@link #append(String)}.
	 */
	@SuppressWarnings("deprecation")
	Utf8Markup ascii(String markup) {
		assert markup.chars().allMatch(c -> c < 0x80) : "not ASCII: " + markup;
		int n = markup.length();
		ensure(n);
		markup.getBytes(0, n, bytes, length);
		length += n;
		return this;
	}

	/** A character of the markup (a quote, a bracket); not half of a surrogate pair, which is a string's to give. */
	Utf8Markup append(char c) {
		if (c >= 0x80) {
			return append(String.valueOf(c));
		}
		ensure(1);
		bytes[length++] = (byte) c;
		return this;
	}

	/** Text already in UTF-8. */
	Utf8Markup append(byte[] utf8) {
		ensure(utf8.length);
		System.arraycopy(utf8, 0, bytes, length, utf8.length);
		length += utf8.length;
		return this;
	}

	/**
	 * Text already in UTF-8 ({@code length} bytes from {@code from}; {@code null}: none, written as the four letters
	 * null), escaped as {@code th:text} escapes ({@code HtmlEscape.escapeHtml4Xml}: the ampersand, the angle brackets
	 * and the double and single quotes only, the rest as it is): a text kept as UTF-8 is copied out without being decoded, escaped and encoded again. The bytes of a
	 * character beyond ASCII are never one of those five.
	 */
	Utf8Markup appendEscaped(byte @Nullable [] utf8, int from, int length) {
		if (utf8 == null) {
			return append(NULL);
		}
		ensure(length);
		int end = from + length;
		for (int i = from; i < end; i++) {
			byte b = utf8[i];
			byte[] escaped = switch (b) {
				case '&' -> AMP;
				case '<' -> LT;
				case '>' -> GT;
				case '"' -> QUOT;
				case '\'' -> APOS;
				default -> null;
			};
			if (escaped == null) {
				bytes[this.length++] = b;
			}
			else {
				// the escape is longer than the byte: room for it and for the rest of the text
				ensure(escaped.length + end - i);
				System.arraycopy(escaped, 0, bytes, this.length, escaped.length);
				this.length += escaped.length;
			}
		}
		return this;
	}

	private static final byte[] NULL = asciiBytes("null");
	private static final byte[] AMP = asciiBytes("&amp;");
	private static final byte[] LT = asciiBytes("&lt;");
	private static final byte[] GT = asciiBytes("&gt;");
	private static final byte[] QUOT = asciiBytes("&quot;");
	private static final byte[] APOS = asciiBytes("&#39;");

	private static byte[] asciiBytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	Utf8Markup append(long number) {
		return ascii(Long.toString(number));
	}

	/** A copy of what was written. */
	byte[] toByteArray() {
		return Arrays.copyOf(bytes, length);
	}

	/** What was written, as text. */
	@Override
	public String toString() {
		return new String(bytes, 0, length, StandardCharsets.UTF_8);
	}

	private void ensure(int more) {
		if (length + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
		}
	}
}
