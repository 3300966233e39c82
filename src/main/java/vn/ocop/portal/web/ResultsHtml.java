package vn.ocop.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.CatalogueQuery;
import vn.ocop.portal.CatalogueResult;
import vn.ocop.portal.ItemTexts;
import vn.ocop.portal.ItemTexts.Text;
import vn.ocop.shared.Stars;

/**
 * The results of a catalogue search as the catalogue page and its htmx requests show them (facets, count, product
 * cards, paging), written out as text: the markup the Thymeleaf fragment {@code portal/catalogue :: results} with
 * {@code portal/fragments :: cards} wrote, byte for byte, texts escaped as {@code th:text} escapes them
 * ({@code ResultsHtmlTests} renders that fragment, kept among the test templates, beside this for the same
 * results). Thymeleaf handled every element, attribute and text of two dozen cards and a few dozen facet values
 * one event at a time, and that was about 40 % of the CPU of a search's fragment.
 */
@Component
class ResultsHtml {

	private static final String[] FIELDS = { "stars", "group", "district", "commune", "form" };

	private final MessageSource messages;
	private final StarLabels starLabels;
	/** Bounded: a language comes from the visitor ({@code ?lang=}, a cookie), and any tag is taken. */
	private final Cache<Locale, Texts> texts = Caffeine.newBuilder().maximumSize(256).build();

	ResultsHtml(MessageSource messages, StarLabels starLabels) {
		this.messages = messages;
		this.starLabels = starLabels;
	}

	/**
	 * The fixed texts of the fragment in a language, escaped, in UTF-8; {@code stars}: a card's star label and
	 * symbols with the markup between them, by count.
	 */
	private record Texts(byte[] facets, byte[][] headings, byte[] remove, byte[] none, byte[] paging,
			byte[] previous, byte[] next, byte[][] stars) {
	}

	/** The results as UTF-8. */
	byte[] write(CatalogueResult result, CatalogueQuery query, CatalogueController.Links links, Locale locale) {
		Texts t = texts.get(locale, this::texts);
		ResultsView view = ResultsView.of(result, query, links, messages, locale);
		var out = new Utf8Markup(24 * 1024);
		out.ascii("<div id=\"results\">\n    <div class=\"row\">\n      <aside class=\"col-lg-3 mb-3\" aria-label=\"")
				.append(t.facets).ascii("\">\n        ");
		boolean first = true;
		for (ResultsView.FacetView facet : view.facets()) {
			if (!first) {
				out.ascii("\n        ");
			}
			first = false;
			facet(out, facet, t);
		}
		out.ascii("\n      </aside>\n      <div class=\"col-lg-9\">\n        <p id=\"result-count\" role=\"status\">")
				.append(escape(message("portal.catalogue.count", new Object[] { result.total() }, locale)))
				.ascii("</p>\n        ");
		if (result.total() == 0) {
			out.ascii("<p class=\"alert alert-info\">").append(t.none).ascii("</p>");
		}
		out.ascii("\n        <ul class=\"row row-cols-2 row-cols-md-3 row-cols-xl-4 g-3 list-unstyled\" id=\"product-list\">\n          ");
		// the items' texts as the catalogue keeps them, in UTF-8: not decoded into strings to be escaped and encoded
		var texts = new ItemTexts();
		for (int i = 0; i < result.items().size(); i++) {
			result.texts(i, texts);
			card(out, texts, t, locale);
		}
		out.ascii("\n        </ul>\n        ");
		if (result.pages() > 1) {
			paging(out, result, links, t, locale);
		}
		return out.ascii("\n      </div>\n    </div>\n  </div>").toByteArray();
	}

	private static void facet(Utf8Markup out, ResultsView.FacetView facet, Texts t) {
		out.ascii("<div class=\"mb-3 facet\" id=\"").append(escape("facet-" + facet.field()))
				.ascii("\">\n          <h2 class=\"h6\">").append(heading(t, facet.field()))
				.ascii("</h2>\n          <ul class=\"list-unstyled small mb-0\">\n            ");
		boolean first = true;
		for (ResultsView.ValueView v : facet.values()) {
			if (!first) {
				out.ascii("\n            ");
			}
			first = false;
			out.ascii("<li>\n              <a href=\"").append(escape(v.href())).append('"');
			if (v.current() != null) {
				out.ascii(" aria-current=\"").append(escape(v.current())).append('"');
			}
			if (v.css() != null) {
				out.ascii(" class=\"").append(escape(v.css())).append('"');
			}
			out.ascii(">\n                <span>").append(escape(v.label()))
					.ascii("</span>\n                <span class=\"badge text-bg-light\">").append(v.count())
					.ascii("</span>\n                ");
			if (v.selected()) {
				out.ascii("<span class=\"visually-hidden\">").append(t.remove).ascii("</span>");
			}
			out.ascii("\n              </a>\n            </li>");
		}
		out.ascii("\n          </ul>\n        </div>");
	}

	/** A product card in its list item, as {@code portal/fragments :: cards} writes it. */
	void card(Utf8Markup out, CatalogueItem item, Locale locale) {
		var texts = new ItemTexts();
		texts.of(item);
		card(out, texts, locale);
	}

	/**
	 * The card of an item from its texts in UTF-8: what {@link CatalogueItem#photoPath}, {@link CatalogueItem#path}
	 * and {@link CatalogueItem#placeName} make of them, escaped part by part (their fixed parts need no escaping).
	 */
	private void card(Utf8Markup out, ItemTexts item, Locale locale) {
		card(out, item, texts.get(locale, this::texts), locale);
	}

	private void card(Utf8Markup out, ItemTexts item, Texts t, Locale locale) {
		out.ascii("<li class=\"col\"><article class=\"card h-100 product-card\">\n  ");
		if (item.hasPhoto()) {
			out.ascii("<img src=\"/verify/");
			text(out, item, Text.CERTIFICATE_CODE).ascii("/photo\" class=\"card-img-top\" alt=\"\"\n")
					.ascii("       loading=\"lazy\" decoding=\"async\" width=\"400\" height=\"300\">");
		}
		out.ascii("\n  ");
		if (!item.hasPhoto()) {
			out.ascii("<div class=\"card-img-top placeholder-photo\" aria-hidden=\"true\">OCOP</div>");
		}
		out.ascii("\n  <div class=\"card-body\">\n    <h3 class=\"h6 card-title mb-1\"><a class=\"stretched-link\" href=\"/products/");
		text(out, item, Text.SLUG).ascii("\">");
		text(out, item, Text.NAME).ascii("</a></h3>\n    <div><span class=\"stars\" role=\"img\" aria-label=\"")
				.append(stars(t, item.stars(), locale))
				.ascii("</span></div>\n    <p class=\"small text-body-secondary mb-0\">");
		text(out, item, Text.PRODUCER_NAME).ascii("</p>\n    <p class=\"small text-body-secondary mb-0\">");
		text(out, item, Text.COMMUNE_NAME);
		if (item.bytes(Text.DISTRICT_NAME) != null) {
			text(out.ascii(", "), item, Text.DISTRICT_NAME);
		}
		out.ascii("</p>\n  </div>\n</article></li>");
	}

	private static Utf8Markup text(Utf8Markup out, ItemTexts item, Text text) {
		return out.appendEscaped(item.bytes(text), item.offset(text), item.length(text));
	}

	private void paging(Utf8Markup out, CatalogueResult result, CatalogueController.Links links, Texts t,
			Locale locale) {
		out.ascii("<nav class=\"mt-3\" aria-label=\"").append(t.paging)
				.ascii("\">\n          <ul class=\"pagination flex-wrap\">\n            <li class=\"page-item")
				.append(result.page() <= 1 ? " disabled" : "")
				.ascii("\">\n              <a class=\"page-link\" href=\"").append(escape(links.page(result.page() - 1)))
				.ascii("\" rel=\"prev\">").append(t.previous)
				.ascii("</a></li>\n            <li class=\"page-item active\" aria-current=\"page\"><span class=\"page-link\">")
				.append(escape(message("portal.paging.of", new Object[] { result.page(), result.pages() }, locale)))
				.ascii("</span></li>\n            <li class=\"page-item").append(result.page() >= result.pages() ? " disabled" : "")
				.ascii("\">\n              <a class=\"page-link\" href=\"").append(escape(links.page(result.page() + 1)))
				.ascii("\" rel=\"next\">").append(t.next)
				.ascii("</a></li>\n          </ul>\n        </nav>");
	}

	private byte[] stars(Texts t, int stars, Locale locale) {
		return stars >= Stars.MIN && stars <= Stars.MAX ? t.stars[stars] : starsMarkup(stars, locale);
	}

	private byte[] starsMarkup(int stars, Locale locale) {
		return utf8(escape(starLabels.of(stars, locale)) + "\">" + escape(Stars.symbols(stars)));
	}

	private static byte[] heading(Texts t, String field) {
		for (int i = 0; i < FIELDS.length; i++) {
			if (FIELDS[i].equals(field)) {
				return t.headings[i];
			}
		}
		throw new IllegalArgumentException("No facet " + field);
	}

	private Texts texts(Locale locale) {
		byte[][] headings = new byte[FIELDS.length][];
		for (int i = 0; i < FIELDS.length; i++) {
			headings[i] = escaped("portal.facet." + FIELDS[i], locale);
		}
		byte[][] stars = new byte[Stars.MAX + 1][];
		for (int n = Stars.MIN; n <= Stars.MAX; n++) {
			stars[n] = starsMarkup(n, locale);
		}
		return new Texts(escaped("portal.facets", locale), headings, escaped("portal.facet.remove", locale),
				escaped("portal.catalogue.none", locale), escaped("portal.paging", locale),
				escaped("portal.paging.previous", locale), escaped("portal.paging.next", locale), stars);
	}

	private byte[] escaped(String code, Locale locale) {
		return utf8(escape(message(code, null, locale)));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A message; one that is missing written as Thymeleaf writes it ({@code ??code_vi??}). */
	private String message(String code, Object @org.jspecify.annotations.Nullable [] args, Locale locale) {
		String text = messages.getMessage(code, args, null, locale);
		return text != null ? text : "??" + code + "_" + locale + "??";
	}

	/** As {@code th:text} and {@code th:*} attributes escape in HTML templates. */
	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}
}
