package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import vn.ocop.content.ArticleKind;
import vn.ocop.content.ArticleStatus;
import vn.ocop.content.ArticleView;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.PortalHighlights;
import vn.ocop.support.IpStatus;
import vn.ocop.support.IpType;
import vn.ocop.support.IpView;
import vn.ocop.shared.web.LayoutParts;
import vn.ocop.shared.web.MoneyFormat;
import vn.ocop.shared.web.RenderedFragments;

/**
 * {@link ProductHtml} writes what {@code portal/product.html} wrote with Thymeleaf (kept as the test template
 * {@code portal/product-reference}, with the live {@code portal/fragments :: cards}): the same bytes for random
 * products, in both languages, with texts that need escaping, every optional part present or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProductHtmlTests {

	private static final String TEXT = "aZ09 &<>\"'/=?ăâđêôơưáàảãạếệữ★—😀\n";

	@Autowired
	ProductHtml html;

	@Autowired
	RenderedFragments fragments;

	@Autowired
	MessageSource messages;

	@Autowired
	StarLabels starLabels;

	@Autowired
	MoneyFormat money;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Test
	void shouldWriteWhatTheTemplateWrote() {
		Random random = new Random(19);
		for (int i = 0; i < 300; i++) {
			Locale locale = random.nextBoolean() ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
			CatalogueItem item = item(random, true);
			ProductView view = ProductView.of(item, "https://ocop.example", messages, starLabels, money, locale);
			List<ArticleView> stories = stories(random, item);
			List<PortalHighlights.SalesPoint> points = salesPoints(random, item);
			List<CatalogueItem> related = related(random);
			assertThat("\n  " + utf8(html.top(item, view, locale)) + utf8(html.bottom(item, stories, points, related, locale))
					+ "\n")
					.as(item + " " + locale).isEqualTo(reference(item, view, stories, points, related, locale));
		}
	}

	/**
	 * The whole page of a visitor without an account ({@link ProductHtml#page}, the layout's parts and the
	 * sub-navigation as kept once per language, the IP titles' fragment) is what {@code portal/product.html} in
	 * {@code layout.html} renders for such a visitor, byte for byte.
	 */
	@Test
	void shouldWriteTheWholePageTheTemplateRenders() {
		Random random = new Random(1919);
		SiteAddress site = new SiteAddress("http://localhost:8080");
		for (int i = 0; i < 200; i++) {
			Locale locale = random.nextBoolean() ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
			CatalogueItem item = item(random, true);
			ProductView view = ProductView.of(item, site.base(), messages, starLabels, money, locale);
			String canonical = site.of(item.path());
			String jsonLd = ProductHtml.jsonLd(item, site);
			byte[] top = html.top(item, view, locale);
			byte[] bottom = html.bottom(item, stories(random, item), salesPoints(random, item), related(random), locale);
			List<IpView> titles = ipTitles(random, item);

			MockHttpServletRequest request = ReferenceRendering.request(context, locale);
			var response = new MockHttpServletResponse();
			// the parts LayoutParts keeps, rendered here for this request (as the reference is: the kept ones were
			// rendered by the first request, through the filters that add the static files' versions)
			Map<String, Object> model = Map.of("lightPage", true, "signedIn", false);
			var layout = new LayoutParts.Parts(fragments.render("layout :: layoutHeadEnd", model, request, response),
					fragments.render("layout :: layoutTop", model, request, response),
					fragments.render("layout :: layoutBottom", model, request, response));
			String subnav = fragments.render(CatalogueController.SUBNAV, model, request, response);
			// the support module's section, as it writes it (IpProductPageSection)
			String sections = titles.isEmpty() ? ""
					: fragments.render("support/fragments :: public(registrations=${titles}, withProduct=false)",
							Map.of("titles", titles), request, response);
			String page = new String(html.page(item, view, canonical, jsonLd, layout, subnav, top, sections, bottom,
					locale), java.nio.charset.StandardCharsets.UTF_8);

			Map<String, Object> reference = new HashMap<>();
			reference.put("item", item);
			reference.put("canonical", canonical);
			reference.put("jsonLd", jsonLd);
			reference.put("view", view);
			reference.put("productTop", utf8(top));
			reference.put("productSections", sections);
			reference.put("productBottom", utf8(bottom));
			reference.put("pageHead", "portal/product");
			reference.put("lightPage", true);
			// the layout's model of a visitor without an account (LayoutModel)
			reference.put("signedIn", false);
			reference.put("navigationMenu", List.of());
			reference.put("currentPath", item.path());
			assertThat(page).as(item + " " + locale + " " + titles)
					.isEqualTo(ReferenceRendering.render(fragments, context, "portal/product", reference, locale));
		}
	}

	/**
	 * The structured data is what Jackson wrote of the map it was made of ({@code CatalogueController#jsonLd}
	 * until the page was written in Java; its nested objects were {@code Map.of}s, whose order changed with every
	 * start, now {@code @type} first), with {@code </} written {@code <\/}.
	 */
	@Test
	void shouldWriteTheStructuredDataJacksonWrote() {
		Random random = new Random(1920);
		SiteAddress site = new SiteAddress("https://ocop.example");
		String alphabet = "a<\\/\"\n\t\r\b\f\u0001\u001f\u007f\u2028★😀 éđ&'>";
		for (int i = 0; i < 500; i++) {
			CatalogueItem item = item(random, true);
			item = new CatalogueItem(item.productId(), "s-" + ReferenceRendering.text(random, alphabet),
					ReferenceRendering.text(random, alphabet),
					random.nextBoolean() ? null : ReferenceRendering.text(random, alphabet), null, null, null, null,
					null, item.producerId(), ReferenceRendering.text(random, alphabet),
					ReferenceRendering.text(random, alphabet), item.legalForm(), item.productSetCode(),
					item.productSetName(), item.groupCode(), ReferenceRendering.text(random, alphabet),
					item.communeCode(), item.communeName(), item.districtCode(), item.districtName(),
					ReferenceRendering.text(random, alphabet), item.certificateStatus(), item.stars(),
					item.certifiedOn(), item.validUntil(), item.hasPhoto(), item.refreshedAt());
			String written = ProductHtml.jsonLd(item, site);
			assertThat(written).doesNotContain("</");
			assertThat(written).as(item.toString())
					.isEqualTo(json.writeValueAsString(jacksonMap(item, site)).replace("</", "<\\/"));
		}
	}

	/** The map {@code CatalogueController#jsonLd} gave Jackson, with the nested objects in a fixed order. */
	private static Map<String, Object> jacksonMap(CatalogueItem item, SiteAddress site) {
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("@context", "https://schema.org");
		product.put("@type", "Product");
		product.put("name", item.name());
		product.put("url", site.of(item.path()));
		if (item.description() != null) {
			product.put("description", item.description());
		}
		if (item.photoPath() != null) {
			product.put("image", site.of(item.photoPath()));
		}
		product.put("category", item.groupName());
		product.put("brand", ordered("@type", "Brand", "name", item.producerName()));
		product.put("manufacturer", ordered("@type", "Organization", "name", item.producerName(), "url",
				site.of("/producers/" + item.producerSlug())));
		product.put("countryOfOrigin", "VN");
		product.put("award", "OCOP " + item.stars() + "★ (" + item.certificateCode() + ")");
		product.put("additionalProperty", List.of(
				ordered("@type", "PropertyValue", "name", "OCOP stars", "value", item.stars()),
				ordered("@type", "PropertyValue", "name", "OCOP certificate", "value", item.certificateCode(),
						"url", site.of("/verify/" + item.certificateCode()))));
		return product;
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * A visitor without an account gets the page written out; with a flash message (any) the template renders it:
	 * the same bytes and headers, for products of the demo catalogue.
	 */
	@Test
	void shouldAnswerAVisitorWithoutAnAccountAsTheTemplateWould() throws Exception {
		String products = mvc.perform(get("/api/v1/public/products").param("size", "10")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		List<String> slugs = JsonPath.read(products, "$.items[*].slug");
		assertThat(slugs).isNotEmpty();
		int compared = 0;
		for (String slug : slugs) {
			for (String lang : List.of("vi", "en")) {
				MockHttpServletResponse written = mvc.perform(get("/products/" + slug).param("lang", lang))
						.andReturn().getResponse();
				if (written.getStatus() != 200) {
					continue; // another test of the shared database may have just withdrawn it
				}
				MockHttpServletResponse rendered = mvc.perform(get("/products/" + slug).param("lang", lang)
						.flashAttr("note", "x")).andReturn().getResponse();
				assertThat(written.getContentAsString()).isEqualTo(rendered.getContentAsString());
				for (String header : List.of("Content-Type", "Content-Language", "Cache-Control")) {
					assertThat(written.getHeader(header)).as(header).isNotNull().isEqualTo(rendered.getHeader(header));
				}
				compared++;
			}
		}
		assertThat(compared).isPositive();
	}

	private static List<ArticleView> stories(Random random, CatalogueItem item) {
		List<ArticleView> stories = new ArrayList<>();
		for (int s = random.nextInt(3) == 0 ? random.nextInt(1, 4) : 0; s > 0; s--) {
			Instant now = Instant.EPOCH;
			stories.add(new ArticleView(UUID.randomUUID(), "bai-" + text(random), ArticleKind.values()[0],
					text(random), null, "body", null, item.productId(), ArticleStatus.values()[0], null, "a", null,
					null, now, now));
		}
		return stories;
	}

	private static @Nullable List<PortalHighlights.SalesPoint> salesPoints(Random random, CatalogueItem item) {
		List<PortalHighlights.SalesPoint> points = random.nextInt(3) == 0 ? null : new ArrayList<>();
		for (int s = points != null && random.nextBoolean() ? random.nextInt(1, 4) : 0; s > 0; s--) {
			points.add(new PortalHighlights.SalesPoint(text(random), random.nextBoolean() ? null : text(random),
					item.communeCode(), null, null, null));
		}
		return points;
	}

	private static List<CatalogueItem> related(Random random) {
		List<CatalogueItem> related = new ArrayList<>();
		for (int r = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 5); r > 0; r--) {
			related.add(item(random, false));
		}
		return related;
	}

	private static List<IpView> ipTitles(Random random, CatalogueItem item) {
		List<IpView> titles = new ArrayList<>();
		for (int t = random.nextInt(4) == 0 ? random.nextInt(1, 4) : 0; t > 0; t--) {
			titles.add(new IpView(UUID.randomUUID(), item.productId(), item.name(), item.producerId(),
					IpType.values()[random.nextInt(IpType.values().length)], text(random), text(random), text(random),
					LocalDate.of(2020, 1, 1), IpStatus.GRANTED, text(random), LocalDate.of(2021, 2, 3),
					random.nextBoolean() ? null : LocalDate.of(2031, random.nextInt(1, 13), 1), null, null));
		}
		return titles;
	}

	private String reference(CatalogueItem item, ProductView view, List<ArticleView> stories,
			@Nullable List<PortalHighlights.SalesPoint> points, List<CatalogueItem> related, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("item", item);
		model.put("view", view);
		model.put("stories", stories);
		model.put("salesPoints", points);
		model.put("related", related);
		return ReferenceRendering.render(fragments, context, "portal/product-reference :: productPart", model, locale);
	}

	private static CatalogueItem item(Random random, boolean full) {
		String district = random.nextBoolean() ? null : text(random);
		return new CatalogueItem(UUID.randomUUID(), "slug-" + text(random), text(random), maybe(random, full),
				maybe(random, full), maybe(random, full), maybe(random, full), maybe(random, full),
				full && random.nextBoolean() ? (long) random.nextInt(1, 2_000_000) : null, UUID.randomUUID(),
				"producer-" + text(random), text(random), random.nextBoolean() ? "COOPERATIVE" : "UNKNOWN_FORM", "PS1",
				text(random), "G" + text(random), text(random), "18001", text(random), district == null ? null : "440",
				district, "42-" + text(random), random.nextBoolean() ? "VALID" : "DOWNGRADED", random.nextInt(3, 6),
				LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, random.nextInt(1, 29)), random.nextBoolean(),
				Instant.EPOCH);
	}

	private static @Nullable String maybe(Random random, boolean full) {
		return full && random.nextBoolean() ? text(random) : null;
	}

	private static String text(Random random) {
		return ReferenceRendering.text(random, TEXT);
	}

	private static String utf8(byte[] bytes) {
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}
}
