package vn.ocop.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.portal.PortalHighlights;
import vn.ocop.content.ProductStories;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.PortalSettings;
import vn.ocop.portal.ProductPageReads;
import vn.ocop.portal.ProductPageSection;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.CatalogueQuery;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.RepeatedKeys;
import vn.ocop.shared.web.LayoutParts;
import vn.ocop.shared.web.MoneyFormat;

/**
 * The catalogue page ({@code /products?q=&stars=&group=&unit=&form=&sort=&page=}, shareable; the list alone for
 * htmx requests), product pages and producer pages.
 */
@Controller
class CatalogueController {

	static final int RELATED = 4;

	static final String SUBNAV = "portal/fragments :: subnav(active='products')";

	private final Catalogue catalogue;
	private final ProductStories stories;
	private final SiteAddress site;
	/** The sales points' module's contribution, if it is there: looked up once, not on every product page. */
	private final SingletonSupplier<PortalHighlights> highlights;
	/** What other modules show on a product page (the IP titles), looked up once. */
	private final SingletonSupplier<List<ProductPageSection>> sections;
	private final ResultsHtml resultsHtml;
	private final Cache<RenderedResults, byte[]> renderedResults;
	/** The results asked once: a page of results is kept at its second asking (most are asked once). */
	private final RepeatedKeys<RenderedResults> asked;
	private final LayoutParts layoutParts;
	private final MessageSource messages;
	private final StarLabels starLabels;
	private final MoneyFormat money;
	private final ProductPageReads reads;
	private final ProductHtml productHtml;

	CatalogueController(Catalogue catalogue, ProductStories stories, SiteAddress site,
			ObjectProvider<PortalHighlights> highlights, ObjectProvider<ProductPageSection> sections,
			ResultsHtml resultsHtml, PortalSettings settings, LayoutParts layoutParts, MessageSource messages,
			StarLabels starLabels, MoneyFormat money, ProductPageReads reads, ProductHtml productHtml) {
		this.reads = reads;
		this.productHtml = productHtml;
		this.layoutParts = layoutParts;
		this.messages = messages;
		this.starLabels = starLabels;
		this.money = money;
		this.resultsHtml = resultsHtml;
		// at most a minute old: the version sees this instance's changes at once, another instance's within that time
		this.renderedResults = Caffeine.newBuilder().maximumWeight(settings.catalogue().renderedCacheChars())
				.weigher((RenderedResults key, byte[] html) -> html.length).expireAfterWrite(Duration.ofMinutes(1))
				.build();
		// about four times the pages kept (~20 KB each)
		this.asked = new RepeatedKeys<>(settings.catalogue().renderedCacheChars() / 5_000);
		this.catalogue = catalogue;
		this.stories = stories;
		this.site = site;
		this.highlights = SingletonSupplier.ofNullable(highlights::getIfAvailable);
		this.sections = SingletonSupplier.of(() -> sections.orderedStream().toList());
	}

	/** The catalogue's parameters as they come in a shared URL: read leniently (a bad number is ignored). */
	record SearchParams(@Nullable String q, @Nullable String stars, @Nullable String group, @Nullable String unit,
			@Nullable String form, @Nullable String sort, @Nullable String page) {

		/**
		 * The parameters read from the request as data binding read them (a repeated parameter's values joined with
		 * commas), without a binder: the catalogue's fragment is asked on every keystroke of a search.
		 */
		static SearchParams of(HttpServletRequest request) {
			return new SearchParams(param(request, "q"), param(request, "stars"), param(request, "group"),
					param(request, "unit"), param(request, "form"), param(request, "sort"), param(request, "page"));
		}

		private static @Nullable String param(HttpServletRequest request, String name) {
			String[] values = request.getParameterValues(name);
			return values == null ? null : values.length == 1 ? values[0] : String.join(",", values);
		}

		CatalogueQuery query() {
			Integer pageNumber = number(page);
			return new CatalogueQuery(q, number(stars), group, unit, form, sortOrNull(sort),
					pageNumber == null ? 1 : pageNumber, CatalogueQuery.DEFAULT_SIZE);
		}
	}

	@GetMapping("/products")
	String catalogue(Model model, HttpServletRequest request, HttpServletResponse response) {
		CatalogueQuery query = SearchParams.of(request).query();
		model.addAttribute("query", query);
		model.addAttribute("resultsHtml", new String(results(query, request), StandardCharsets.UTF_8));
		model.addAttribute("canonical", site.of(new Links(query).page(query.page())));
		model.addAttribute("pageHead", "portal/catalogue");
		PortalPages.page(response);
		response.setHeader("Vary", "HX-Request");
		return "portal/catalogue";
	}

	/**
	 * The results alone (list, facets, paging) for htmx: the same HTML the page embeds, written to the response
	 * as it is (no message converter, no content negotiation: the type is always the same).
	 */
	@GetMapping(path = "/products", headers = "HX-Request")
	void catalogueResults(HttpServletRequest request, HttpServletResponse response, WebRequest webRequest)
			throws IOException {
		// the fragment holds nothing of the visitor: it depends on the URL, the language and the catalogue's version
		response.setHeader("Vary", "HX-Request");
		if (webRequest.checkNotModified(PortalPages.etag(catalogue.versionTag(),
				RequestContextUtils.getLocale(request).toLanguageTag()))) {
			return;
		}
		byte[] html = results(SearchParams.of(request).query(), request);
		response.setHeader("Cache-Control", PortalPages.PAGE.getHeaderValue());
		response.setContentType(HTML_UTF8);
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
	}

	private static final String HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString();

	/**
	 * The results of a search written out ({@link ResultsHtml}) and encoded as UTF-8, kept so by query, language and
	 * catalogue version from their second asking on: many visitors ask the same searches, and a kept page is
	 * written to the response as it is (half the memory of the string of a Vietnamese page), but most searches are
	 * asked once, and keeping them all only made the heap bigger. The version is read before the search, so a kept page
	 * is never older than the version it is kept under.
	 */
	private byte[] results(CatalogueQuery query, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		var key = new RenderedResults(query, locale, catalogue.version());
		byte[] html = renderedResults.getIfPresent(key);
		if (html == null) {
			html = resultsHtml.write(catalogue.search(query), query, new Links(query), locale);
			if (asked.repeated(key)) {
				renderedResults.put(key, html);
			}
		}
		return html;
	}

	private record RenderedResults(CatalogueQuery query, Locale locale, long catalogueVersion) {
	}

	@GetMapping("/products/{slug}")
	@Nullable String product(@PathVariable String slug, Model model, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		var found = reads.bySlug(slug);
		if (found.isEmpty()) {
			// renamed since the link was published: a permanent redirect to the product's current address
			String current = catalogue.currentSlug(slug)
					.orElseThrow(() -> new NotFoundException("portal.product.notFound", slug));
			return movedPermanently(response, "/products/" + current);
		}
		CatalogueItem item = found.get();
		Locale locale = RequestContextUtils.getLocale(request);
		ProductView view = ProductView.of(item, site.base(), messages, starLabels, money, locale);
		PortalHighlights contributed = highlights.get();
		String canonical = site.of(item.path());
		String jsonLd = ProductHtml.jsonLd(item, site);
		byte[] top = productHtml.top(item, view, locale);
		String sectionsHtml = sections(item, request, response);
		byte[] bottom = productHtml.bottom(item, stories.about(item.productId()),
				contributed == null ? null : contributed.salesPoints().stream()
						.filter(p -> item.communeCode().equals(p.communeCode())).toList(),
				reads.related(item, RELATED), locale);
		model.addAttribute("lightPage", true);
		PortalPages.page(response);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		LayoutParts.Parts layout = flash == null || flash.isEmpty()
				? layoutParts.partsOrNull(model, request, response) : null;
		if (layout != null) {
			// a visitor without an account (most visitors) gets the page written out, the bytes the template renders
			// (ProductHtmlTests); a signed-in visitor (a header of their own) or one with flash attributes gets the
			// template
			byte[] html = productHtml.page(item, view, canonical, jsonLd, layout,
					layoutParts.partOrNull(SUBNAV, model, request, response), top, sectionsHtml, bottom, locale);
			response.setLocale(locale);
			response.setContentType(HTML_UTF8);
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
			return null;
		}
		model.addAttribute("item", item);
		model.addAttribute("canonical", canonical);
		model.addAttribute("jsonLd", jsonLd);
		model.addAttribute("view", view);
		model.addAttribute("productTop", new String(top, StandardCharsets.UTF_8));
		model.addAttribute("productSections", sectionsHtml);
		model.addAttribute("productBottom", new String(bottom, StandardCharsets.UTF_8));
		model.addAttribute("pageHead", "portal/product");
		return "portal/product";
	}

	/** The sections other modules show on the product's page, one after the other. */
	private String sections(CatalogueItem item, HttpServletRequest request, HttpServletResponse response) {
		List<ProductPageSection> all = sections.obtain();
		if (all.size() == 1) {
			return all.get(0).html(item.productId(), request, response);
		}
		var html = new StringBuilder();
		for (ProductPageSection section : all) {
			html.append(section.html(item.productId(), request, response));
		}
		return html.toString();
	}

	@GetMapping("/producers/{slug}")
	String producer(@PathVariable String slug, Model model, HttpServletResponse response) {
		List<CatalogueItem> items = catalogue.byProducer(slug);
		if (items.isEmpty()) {
			String current = catalogue.currentProducerSlug(slug)
					.orElseThrow(() -> new NotFoundException("portal.producer.notFound", slug));
			return movedPermanently(response, "/producers/" + current);
		}
		model.addAttribute("items", items);
		model.addAttribute("producer", items.get(0));
		model.addAttribute("canonical", site.of("/producers/" + slug));
		model.addAttribute("pageHead", "portal/producer");
		model.addAttribute("lightPage", true);
		PortalPages.page(response);
		return "portal/producer";
	}

	private static @Nullable String movedPermanently(HttpServletResponse response, String path) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader("Location", path);
		return null;
	}

	static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static @Nullable String sortOrNull(@Nullable String sort) {
		return sort != null && List.of("relevance", "stars", "name", "newest").contains(sort) ? sort : null;
	}

	/**
	 * The shareable URLs of a search with one thing changed: {@code /products?q=&stars=&group=&unit=&form=&sort=&page=}
	 * with the parameters that have a value, each encoded as {@link UriComponentsBuilder#encode()} does (a query
	 * parameter's reserved characters and UTF-8 bytes as {@code %XX}). The parameters are encoded once per search
	 * and joined with plain string building: a page of results has a link per facet value.
	 */
	static final class Links {

		private static final String[] NAMES = { "q", "stars", "group", "unit", "form", "sort" };

		/** Each parameter's {@code name=value} encoded, or null when it has no value, in {@link #NAMES}' order. */
		private final @Nullable String[] encoded;

		Links(CatalogueQuery query) {
			String[] values = { query.q(), query.stars() == null ? null : query.stars().toString(), query.group(),
					query.unit(), query.form(), query.sort() };
			this.encoded = new String[NAMES.length];
			for (int i = 0; i < NAMES.length; i++) {
				encoded[i] = values[i] == null ? null : NAMES[i] + "=" + encode(values[i]);
			}
		}

		/** The search with a facet value set, or removed when {@code value} is null; back to page 1. */
		public String with(String name, @Nullable String value) {
			StringBuilder url = new StringBuilder(96).append("/products");
			boolean first = true;
			for (int i = 0; i < NAMES.length; i++) {
				String param = NAMES[i].equals(name) ? (value == null ? null : name + "=" + encode(value)) : encoded[i];
				if (param != null) {
					url.append(first ? '?' : '&').append(param);
					first = false;
				}
			}
			return url.toString();
		}

		public String page(int page) {
			StringBuilder url = new StringBuilder(96).append("/products");
			boolean first = true;
			for (String param : encoded) {
				if (param != null) {
					url.append(first ? '?' : '&').append(param);
					first = false;
				}
			}
			if (page > 1) {
				url.append(first ? '?' : '&').append("page=").append(page);
			}
			return url.toString();
		}

		/**
		 * A query parameter's value as {@code UriComponentsBuilder.encode()} writes it: the characters allowed in
		 * a query parameter as they are, every other UTF-8 byte as {@code %XX}. A value with a brace is left to
		 * the builder itself (it reads braces as URI template variables).
		 */
		static String encode(String value) {
			if (value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
				String built = UriComponentsBuilder.fromPath("").queryParam("v", value).encode().build().toUriString();
				return built.substring("?v=".length());
			}
			byte[] bytes = null;
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c >= 0x80 || !allowedInQueryParam(c)) {
					bytes = value.getBytes(StandardCharsets.UTF_8);
					break;
				}
			}
			if (bytes == null) {
				return value;
			}
			StringBuilder out = new StringBuilder(bytes.length * 2);
			for (byte b : bytes) {
				if (b >= 0 && allowedInQueryParam((char) b)) {
					out.append((char) b);
				}
				else {
					out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
				}
			}
			return out.toString();
		}

		private static final char[] HEX = "0123456789ABCDEF".toCharArray();

		/** RFC 3986 pchar, {@code /} and {@code ?} without {@code =} and {@code &}, as Spring's QUERY_PARAM type. */
		private static boolean allowedInQueryParam(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~!$'()*+,;:@/?".indexOf(c) >= 0;
		}
	}

}
