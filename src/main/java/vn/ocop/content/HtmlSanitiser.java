package vn.ocop.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans editor HTML before it is stored: only text formatting, headings, lists, quotes, tables, links (http, https,
 * mailto or relative) and images (http, https or relative) survive; scripts, event handlers, styles, iframes and
 * {@code javascript:} URLs never do. Links get {@code rel="noopener nofollow"}.
 */
final class HtmlSanitiser {

	private static final Safelist SAFELIST = Safelist.relaxed()
			.removeTags("col", "colgroup")
			.preserveRelativeLinks(true)
			.addAttributes("img", "loading")
			.addEnforcedAttribute("a", "rel", "noopener nofollow");

	private HtmlSanitiser() {
	}

	static String clean(String html) {
		var settings = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "https://ocop.invalid/", SAFELIST, settings).strip();
	}

	/** The plain text of some HTML, e.g. for a summary or a description tag. */
	static String text(String html) {
		return Jsoup.parse(html).text();
	}
}
