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

import vn.ocop.content.ArticleKind;
import vn.ocop.content.ArticleStatus;
import vn.ocop.content.ArticleView;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.PortalHighlights;
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

	@Test
	void shouldWriteWhatTheTemplateWrote() {
		Random random = new Random(19);
		for (int i = 0; i < 300; i++) {
			Locale locale = random.nextBoolean() ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
			CatalogueItem item = item(random, true);
			ProductView view = ProductView.of(item, "https://ocop.example", messages, starLabels, money, locale);
			List<ArticleView> stories = new ArrayList<>();
			for (int s = random.nextInt(3) == 0 ? random.nextInt(1, 4) : 0; s > 0; s--) {
				Instant now = Instant.EPOCH;
				stories.add(new ArticleView(UUID.randomUUID(), "bai-" + text(random), ArticleKind.values()[0],
						text(random), null, "body", null, item.productId(), ArticleStatus.values()[0], null, "a", null,
						null, now, now));
			}
			List<PortalHighlights.SalesPoint> points = random.nextInt(3) == 0 ? null : new ArrayList<>();
			for (int s = points != null && random.nextBoolean() ? random.nextInt(1, 4) : 0; s > 0; s--) {
				points.add(new PortalHighlights.SalesPoint(text(random), random.nextBoolean() ? null : text(random),
						item.communeCode(), null, null, null));
			}
			List<CatalogueItem> related = new ArrayList<>();
			for (int r = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 5); r > 0; r--) {
				related.add(item(random, false));
			}
			assertThat("\n  " + html.top(item, view, locale) + html.bottom(item, stories, points, related, locale) + "\n")
					.as(item + " " + locale).isEqualTo(reference(item, view, stories, points, related, locale));
		}
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
}
