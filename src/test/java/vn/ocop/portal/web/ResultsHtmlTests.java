package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.CatalogueQuery;
import vn.ocop.portal.CatalogueResult;
import vn.ocop.shared.web.RenderedFragments;

/**
 * {@link ResultsHtml} writes what the Thymeleaf fragment it replaced wrote (kept as the test template
 * {@code portal/results-reference}, with the live {@code portal/fragments :: cards}): the same bytes for random
 * results, in both languages, with names that need escaping, selected facet values, no results and many pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResultsHtmlTests {

	private static final String TEXT = "aZ09 &<>\"'/=?ăâđêôơưáàảãạếệữ★—😀";

	@Autowired
	ResultsHtml html;

	@Autowired
	RenderedFragments fragments;

	@Autowired
	MessageSource messages;

	@Autowired
	WebApplicationContext context;

	@Test
	void shouldWriteWhatTheThymeleafFragmentWrote() {
		Random random = new Random(19);
		for (int i = 0; i < 300; i++) {
			Locale locale = random.nextBoolean() ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
			CatalogueQuery query = new CatalogueQuery(random.nextBoolean() ? null : text(random),
					random.nextBoolean() ? null : random.nextInt(3, 6), maybe(random, "G1", "G2"),
					maybe(random, "440", "441"), maybe(random, "ENTERPRISE", "COOPERATIVE"),
					random.nextBoolean() ? null : "name", 1 + random.nextInt(4), CatalogueQuery.DEFAULT_SIZE);
			CatalogueResult result = result(random, query);
			var links = new CatalogueController.Links(query);
			assertThat(new String(html.write(result, query, links, locale), java.nio.charset.StandardCharsets.UTF_8))
					.as(query + " " + locale)
					.isEqualTo(reference(result, query, links, locale));
		}
	}

	private String reference(CatalogueResult result, CatalogueQuery query, CatalogueController.Links links,
			Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("query", query);
		model.put("result", result);
		model.put("links", links);
		model.put("view", ResultsView.of(result, query, links, messages, locale));
		return ReferenceRendering.render(fragments, context, "portal/results-reference :: results", model, locale);
	}

	private static CatalogueResult result(Random random, CatalogueQuery query) {
		long total = random.nextInt(5) == 0 ? 0 : random.nextInt(1, 5_000);
		List<CatalogueItem> items = new ArrayList<>();
		for (int i = 0; total > 0 && i < random.nextInt(1, 25); i++) {
			items.add(item(random));
		}
		List<CatalogueResult.Facet> facets = total == 0 ? List.of() : List.of(
				new CatalogueResult.Facet("stars", values(random, query.stars() == null ? "4" : query.stars().toString(), "3", "5")),
				new CatalogueResult.Facet("group", values(random, "G1", "G2", "G3")),
				new CatalogueResult.Facet("district", values(random, "440", "441", "437")),
				new CatalogueResult.Facet("commune", values(random, "18001", "18004")),
				new CatalogueResult.Facet("form", values(random, "ENTERPRISE", "COOPERATIVE", "UNKNOWN_FORM")));
		return new CatalogueResult(total, items, query.page(), query.size(), facets);
	}

	private static List<CatalogueResult.FacetValue> values(Random random, String... codes) {
		List<CatalogueResult.FacetValue> values = new ArrayList<>();
		for (String code : codes) {
			if (random.nextInt(4) > 0) {
				values.add(new CatalogueResult.FacetValue(code, text(random), random.nextInt(1, 10_000)));
			}
		}
		return values;
	}

	private static CatalogueItem item(Random random) {
		String district = random.nextBoolean() ? null : text(random);
		return new CatalogueItem(UUID.randomUUID(), "slug-" + text(random), text(random), null, null, null, null, null,
				null, UUID.randomUUID(), "producer", text(random), "COOPERATIVE", "PS1", "set", "G1", "group", "18001",
				text(random), district == null ? null : "440", district, "42-2026-" + random.nextInt(1000), "VALID",
				random.nextInt(3, 6), LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1), random.nextBoolean(),
				Instant.EPOCH);
	}

	private static @Nullable String maybe(Random random, String... values) {
		return random.nextBoolean() ? null : values[random.nextInt(values.length)];
	}

	private static String text(Random random) {
		return ReferenceRendering.text(random, TEXT);
	}
}
