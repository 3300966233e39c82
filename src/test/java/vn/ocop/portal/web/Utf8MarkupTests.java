package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/**
 * {@link Utf8Markup} escapes text kept as UTF-8 exactly as {@code th:text} escapes a string, from any place in the
 * bytes that hold it.
 */
class Utf8MarkupTests {

	private static final String LETTERS = "aZ09 &<>\"'/=?;#ăâđêôơưáàảãạếệữ★—😀\\\n\t";

	@Test
	void escapesTextKeptAsUtf8AsThymeleafEscapesAString() {
		var random = new Random(31);
		for (int round = 0; round < 2000; round++) {
			var text = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) {
				text.appendCodePoint(LETTERS.codePointAt(LETTERS.offsetByCodePoints(0,
						random.nextInt(LETTERS.codePointCount(0, LETTERS.length())))));
			}
			byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
			// the text amid other bytes, as an item's texts are kept
			byte[] kept = new byte[utf8.length + 7];
			System.arraycopy(utf8, 0, kept, 3, utf8.length);
			var out = new Utf8Markup(1 + random.nextInt(8)).append("<p>").appendEscaped(kept, 3, utf8.length)
					.append("</p>");
			assertThat(out.toString()).as("round %d", round)
					.isEqualTo("<p>" + HtmlEscape.escapeHtml4Xml(text.toString()) + "</p>");
		}
	}

	@Test
	void writesNoTextAsNull() {
		assertThat(new Utf8Markup(4).appendEscaped(null, 0, 0).toString()).isEqualTo("null");
	}

	@Test
	void copiesAsciiMarkupAsItsUtf8AndRefusesAnyOtherCharacter() {
		var out = new Utf8Markup(2).ascii("<a href=\"/products/x\">").append("Cam Vũ Quang").ascii("</a>").append(42L);
		assertThat(out.toByteArray()).isEqualTo("<a href=\"/products/x\">Cam Vũ Quang</a>42".getBytes(StandardCharsets.UTF_8));
		// the tests run with assertions on: a literal that is not ASCII is caught here, not written wrong
		assertThatThrownBy(() -> new Utf8Markup(8).ascii("— ")).isInstanceOf(AssertionError.class);
	}
}
