package vn.ocop.portal.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.content.ArticleView;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.PortalHighlights;
import vn.ocop.shared.web.LayoutParts;

/**
 * The product's own part of a product page, written out as text: the markup {@code portal/product.html} wrote with
 * Thymeleaf, byte for byte (texts escaped as {@code th:text} escapes them), in two pieces around the IP titles that
 * the template still renders: {@link #top} (breadcrumb, photo, stars, certificate, facts, buttons) and
 * {@link #bottom} (description, ingredients, story, articles, sales points, related products as
 * {@code portal/fragments :: cards} writes them). Thymeleaf handled each of their elements, attributes and texts on
 * every visit: two thirds of the page's rendering. {@code ProductHtmlTests} checks it against the template it
 * replaced ({@code portal/product-reference}).
 */
@Component
class ProductHtml {

	private final MessageSource messages;
	private final ResultsHtml results;
	/** The fixed texts of a language; bounded: a language comes from the visitor ({@code ?lang=}, a cookie). */
	private final Cache<Locale, Texts> texts = Caffeine.newBuilder().maximumSize(256).build();

	ProductHtml(MessageSource messages, ResultsHtml results) {
		this.messages = messages;
		this.results = results;
	}

	private record Texts(String breadcrumb, String catalogue, String verify, String producer, String place,
			String group, String packaging, String price, String buy, String complain, String about,
			String ingredients, String story, String stories, String nearby, String related, String appName,
			String lang) {
	}

	/**
	 * The whole page as {@code portal/product.html} in {@code layout.html} renders it for a visitor without an
	 * account and without a flash message: the head with the product's {@code og} tags and JSON-LD written here,
	 * the layout's parts as rendered once per language ({@link LayoutParts}), the sub-navigation likewise, then
	 * {@link #top}, the sections of other modules (the IP titles, as their fragment renders them; empty for a
	 * product without any) and {@link #bottom}.
	 */
	byte[] page(CatalogueItem item, ProductView view, String canonical, String jsonLd, LayoutParts.Parts layout,
			String subnav, byte[] top, String sections, byte[] bottom, Locale locale) {
		Texts t = texts(locale);
		var out = new Utf8Markup(layout.head().length() + layout.top().length() + layout.bottom().length()
				+ subnav.length() + top.length + bottom.length + 2 * (sections.length() + jsonLd.length()) + 2048);
		out.ascii("<!DOCTYPE html>\n<html lang=\"").append(t.lang).ascii(
				"\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <title>")
				.append(escape(view.title())).ascii("</title>\n  \n  ");
		og(out, item, view, canonical, t);
		out.ascii("\n  <script type=\"application/ld+json\">").append(jsonLd).ascii("</script>\n\n  \n  \n  ")
				.append(utf8(layout.head())).ascii("\n</head>\n<body>\n\n").append(utf8(layout.top()))
				.ascii("\n<main id=\"main\" class=\"container-lg py-4\" tabindex=\"-1\">\n  \n  <section>\n  \n  ")
				.append(utf8(subnav)).ascii("\n  ").append(top).append(sections).append(bottom)
				.ascii("\n</section>\n</main>\n\n").append(utf8(layout.bottom())).ascii("\n</body>\n</html>\n");
		return out.toByteArray();
	}

	/**
	 * The UTF-8 of a part of the layout (rendered once per language by {@link LayoutParts}, the same string for
	 * every page): encoded once, not at every visit. Bounded (a language comes from the visitor).
	 */
	private byte[] utf8(String part) {
		return layoutBytes.get(part, p -> p.getBytes(StandardCharsets.UTF_8));
	}

	private final Cache<String, byte[]> layoutBytes = Caffeine.newBuilder().maximumSize(64).build();

	/** The link previews' tags ({@code portal/fragments :: og}) of a product. */
	private static void og(Utf8Markup out, CatalogueItem item, ProductView view, String canonical, Texts t) {
		String url = escape(canonical);
		String description = escape(view.description());
		out.ascii("\n  <link rel=\"canonical\" href=\"").append(url).ascii("\">\n  <meta name=\"description\" content=\"")
				.append(description).ascii("\">\n  <meta property=\"og:site_name\" content=\"").append(t.appName)
				.ascii("\">\n  <meta property=\"og:type\" content=\"product\">\n  <meta property=\"og:title\" content=\"")
				.append(escape(item.name())).ascii("\">\n  <meta property=\"og:description\" content=\"")
				.append(description).ascii("\">\n  <meta property=\"og:url\" content=\"").append(url)
				.ascii("\">\n  <meta property=\"og:locale\" content=\"").append(escape(view.ogLocale())).ascii("\">\n  ");
		if (view.image() != null) {
			out.ascii("<meta property=\"og:image\" content=\"").append(escape(view.image())).ascii("\">");
		}
		out.ascii("\n  <meta name=\"twitter:card\" content=\"")
				.append(view.image() != null ? "summary_large_image" : "summary").ascii("\">\n");
	}

	/** The product's photo, name, stars, certificate and facts, as UTF-8 (the page is written in UTF-8). */
	byte[] top(CatalogueItem item, ProductView view, Locale locale) {
		Texts t = texts(locale);
		var out = new Utf8Markup(3072);
		out.ascii("<nav aria-label=\"").append(t.breadcrumb)
				.ascii("\">\n    <ol class=\"breadcrumb small\">\n      <li class=\"breadcrumb-item\"><a href=\"/products\">")
				.append(t.catalogue).ascii("</a></li>\n      <li class=\"breadcrumb-item\"><a href=\"")
				.append(escape(view.groupLink())).ascii("\">").append(escape(item.groupName()))
				.ascii("</a></li>\n      <li class=\"breadcrumb-item active\" aria-current=\"page\">")
				.append(escape(item.name()))
				.ascii("</li>\n    </ol>\n  </nav>\n  <div class=\"row g-4\">\n    <div class=\"col-md-5\">\n      ");
		if (view.photo() != null) {
			out.ascii("<img src=\"").append(escape(view.photo()))
					.ascii("\" class=\"img-fluid rounded product-photo\"\n           alt=\"").append(escape(view.photoAlt()))
					.ascii("\" width=\"600\" height=\"450\" decoding=\"async\">");
		}
		out.ascii("\n      ");
		if (view.photo() == null) {
			out.ascii("<div class=\"placeholder-photo rounded\" aria-hidden=\"true\">OCOP</div>");
		}
		out.ascii("\n    </div>\n    <div class=\"col-md-7\">\n      <h1 class=\"h3\" id=\"product-name\">")
				.append(escape(item.name()))
				.ascii("</h1>\n      <p class=\"fs-4 mb-1\"><span class=\"stars\" role=\"img\" aria-label=\"")
				.append(escape(view.starsLabel())).ascii("\">").append(escape(view.starsSymbols()))
				.ascii("</span>\n        <span id=\"certificate-status\" class=\"")
				.append(escape("badge " + view.statusClass())).ascii("\">").append(escape(view.statusLabel()))
				.ascii("</span></p>\n      <p class=\"small mb-2\">\n        <span>").append(escape(view.certificateLine()))
				.append("</span>\n        — <a id=\"verify-link\" href=\"").append(escape(view.verifyLink())).ascii("\">")
				.append(t.verify).ascii("</a>\n      </p>\n      <dl class=\"row small mb-3\">\n        <dt class=\"col-sm-4\">")
				.append(t.producer).ascii("</dt>\n        <dd class=\"col-sm-8\"><a id=\"producer-link\" href=\"")
				.append(escape(view.producerLink())).ascii("\">").append(escape(item.producerName()))
				.ascii("</a>\n          (<span>").append(escape(view.legalForm()))
				.ascii("</span>)</dd>\n        <dt class=\"col-sm-4\">").append(t.place)
				.ascii("</dt>\n        <dd class=\"col-sm-8\">").append(escape(view.placeName()))
				.ascii("</dd>\n        <dt class=\"col-sm-4\">").append(t.group).ascii("</dt>\n        <dd class=\"col-sm-8\">")
				.append(escape(item.productSetName())).ascii("</dd>\n        ");
		fact(out, t.packaging, item.packaging());
		out.ascii("\n        ");
		fact(out, t.price, view.price());
		out.ascii("\n      </dl>\n      <div class=\"d-flex flex-wrap gap-2 mb-3\">\n        <a id=\"shop-link\" class=\"btn btn-success\" href=\"")
				.append(escape(view.shopLink())).ascii("\">").append(t.buy)
				.ascii("</a>\n        <a id=\"complaint-link\" class=\"btn btn-outline-secondary\" href=\"")
				.append(escape(view.complaintLink())).ascii("\">").append(t.complain).ascii("</a>\n      </div>\n      ");
		return out.toByteArray();
	}

	/** Jackson's generator, which escapes the strings; no object mapping is needed for a few fixed keys. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The schema.org Product markup of a product page (a data block, not a script: the CSP's
	 * {@code script-src 'self'} does not concern it), streamed by Jackson's generator in a fixed order of keys,
	 * nested objects with their {@code @type} first; {@code </} is written {@code <\/} so the block cannot be
	 * closed early.
	 */
	static String jsonLd(CatalogueItem item, SiteAddress site) {
		var out = new StringWriter(1024);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("@context", "https://schema.org");
			json.writeStringProperty("@type", "Product");
			json.writeStringProperty("name", item.name());
			json.writeStringProperty("url", site.of(item.path()));
			if (item.description() != null) {
				json.writeStringProperty("description", item.description());
			}
			if (item.photoPath() != null) {
				json.writeStringProperty("image", site.of(item.photoPath()));
			}
			json.writeStringProperty("category", item.groupName());
			json.writeName("brand");
			json.writeStartObject();
			json.writeStringProperty("@type", "Brand");
			json.writeStringProperty("name", item.producerName());
			json.writeEndObject();
			json.writeName("manufacturer");
			json.writeStartObject();
			json.writeStringProperty("@type", "Organization");
			json.writeStringProperty("name", item.producerName());
			json.writeStringProperty("url", site.of("/producers/" + item.producerSlug()));
			json.writeEndObject();
			json.writeStringProperty("countryOfOrigin", "VN");
			json.writeStringProperty("award", "OCOP " + item.stars() + "★ (" + item.certificateCode() + ")");
			json.writeName("additionalProperty");
			json.writeStartArray();
			json.writeStartObject();
			json.writeStringProperty("@type", "PropertyValue");
			json.writeStringProperty("name", "OCOP stars");
			json.writeNumberProperty("value", item.stars());
			json.writeEndObject();
			json.writeStartObject();
			json.writeStringProperty("@type", "PropertyValue");
			json.writeStringProperty("name", "OCOP certificate");
			json.writeStringProperty("value", item.certificateCode());
			json.writeStringProperty("url", site.of("/verify/" + item.certificateCode()));
			json.writeEndObject();
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toString().replace("</", "<\\/");
	}

	/** A line of the facts' list, if there is a value: its label and the value. */
	private static void fact(Utf8Markup out, String label, @Nullable String value) {
		if (value != null) {
			out.ascii("<dt class=\"col-sm-4\">").append(label).ascii("</dt>\n        <dd class=\"col-sm-8\">")
					.append(escape(value)).ascii("</dd>");
		}
	}

	/** A text of the product, if there is one: its heading ({@code h5}/{@code h6} style) and the text as written. */
	private static void text(Utf8Markup out, String style, String heading, @Nullable String value) {
		if (value != null) {
			out.ascii("<div><h2 class=\"").append(style).ascii("\">").append(heading)
					.ascii("</h2>\n        <p class=\"prewrap\">").append(escape(value)).ascii("</p></div>");
		}
	}

	/**
	 * The product's texts, articles, nearby sales points and related products, as UTF-8: the related products'
	 * cards were written in UTF-8, decoded into this part's string and encoded again with the page.
	 */
	byte[] bottom(CatalogueItem item, List<ArticleView> stories,
			@Nullable List<PortalHighlights.SalesPoint> salesPoints, List<CatalogueItem> related, Locale locale) {
		Texts t = texts(locale);
		var out = new Utf8Markup(4096);
		out.ascii("\n      ");
		text(out, "h5", t.about, item.description());
		out.ascii("\n      ");
		text(out, "h6", t.ingredients, item.ingredients());
		out.ascii("\n    </div>\n  </div>\n  ");
		if (item.story() != null) {
			out.ascii("<div class=\"mt-4\" id=\"product-story\">\n    <h2 class=\"h4\">").append(t.story)
					.ascii("</h2>\n    <p class=\"prewrap col-lg-9\">").append(escape(item.story())).ascii("</p>\n  </div>");
		}
		out.ascii("\n  ");
		if (!stories.isEmpty()) {
			out.ascii("<div class=\"mt-4\">\n    <h2 class=\"h5\">").append(t.stories).ascii("</h2>\n    <ul>");
			for (ArticleView a : stories) {
				out.ascii("<li><a href=\"").append(escape("/news/" + UriEscape.escapeUriPath(a.slug())))
						.ascii("\">").append(escape(a.title())).ascii("</a></li>");
			}
			out.ascii("</ul>\n  </div>");
		}
		out.ascii("\n  ");
		if (salesPoints != null && !salesPoints.isEmpty()) {
			out.ascii("<div class=\"mt-4\">\n    <h2 class=\"h5\">").append(t.nearby).ascii("</h2>\n    <ul>");
			for (PortalHighlights.SalesPoint p : salesPoints) {
				out.ascii("<li>").append(escape(p.name() + (p.address() != null ? " — " + p.address() : "")))
						.ascii("</li>");
			}
			out.ascii("</ul>\n  </div>");
		}
		out.ascii("\n  ");
		if (!related.isEmpty()) {
			out.ascii("<div class=\"mt-4\">\n    <h2 class=\"h4\">").append(t.related)
					.ascii("</h2>\n    <ul class=\"row row-cols-2 row-cols-md-4 g-3 list-unstyled\">\n      ");
			for (CatalogueItem r : related) {
				results.card(out, r, locale);
			}
			out.ascii("\n    </ul>\n  </div>");
		}
		return out.toByteArray();
	}

	private Texts texts(Locale locale) {
		return texts.get(locale, l -> new Texts(text("portal.breadcrumb", l), text("portal.nav.catalogue", l),
				text("portal.product.verify", l), text("portal.product.producer", l), text("portal.product.place", l),
				text("portal.product.group", l), text("portal.product.packaging", l), text("portal.product.price", l),
				text("portal.product.buy", l), text("portal.product.complain", l), text("portal.product.about", l),
				text("portal.product.ingredients", l), text("portal.product.story", l),
				text("portal.product.stories", l), text("portal.sales.nearby", l), text("portal.product.related", l),
				text("app.name", l), escape(l.getLanguage())));
	}

	/** A fixed message, escaped; one that is missing written as Thymeleaf writes it ({@code ??code_vi??}). */
	private String text(String code, Locale locale) {
		String text = messages.getMessage(code, null, null, locale);
		return escape(text != null ? text : "??" + code + "_" + locale + "??");
	}

	/** As {@code th:text} and {@code th:*} attributes escape in HTML templates. */
	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}
}
