package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.portal.CatalogueQuery;

/**
 * The catalogue's links built by plain string building are the links {@link UriComponentsBuilder} built before:
 * the same parameters in the same order, encoded alike (reserved characters, Vietnamese letters, braces).
 */
class CatalogueLinksTests {

	private static final String ALPHABET = "aZ09 -._~!$&'()*+,;=:@/?#[]%{}\"<>\\^`|ăâđêôơưáàảãạếệữ★\t😀";

	@Test
	void shouldBuildTheLinksTheUriBuilderBuilt() {
		Random random = new Random(19);
		for (int i = 0; i < 3_000; i++) {
			var query = new CatalogueQuery(text(random), random.nextBoolean() ? null : random.nextInt(1, 6),
					maybe(random), maybe(random), maybe(random), random.nextBoolean() ? null : "name", 1 + random.nextInt(4),
					CatalogueQuery.DEFAULT_SIZE);
			var links = new CatalogueController.Links(query);
			for (String name : new String[] { "q", "stars", "group", "unit", "form", "sort" }) {
				String value = maybe(random);
				assertThat(links.with(name, value)).as(query + " " + name + "=" + value)
						.isEqualTo(uriBuilder(query, name, value, 1));
			}
			assertThat(links.page(query.page())).as(query.toString())
					.isEqualTo(uriBuilder(query, "q", query.q(), query.page()));
		}
	}

	@Test
	void shouldEncodeLikeTheUriBuilder() {
		assertThat(CatalogueController.Links.encode("nước mắm")).isEqualTo("n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm");
		assertThat(CatalogueController.Links.encode("a&b=c+d/e?f'g")).isEqualTo("a%26b%3Dc+d/e?f'g");
		assertThat(new CatalogueController.Links(new CatalogueQuery("trà", 4, null, "436", null, null, 2, 24)).page(3))
				.isEqualTo("/products?q=tr%C3%A0&stars=4&unit=436&page=3");
	}

	private static @Nullable String maybe(Random random) {
		return random.nextInt(3) == 0 ? null : text(random);
	}

	private static String text(Random random) {
		var text = new StringBuilder();
		int length = random.nextInt(8);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(
					ALPHABET.codePointCount(0, ALPHABET.length())))));
		}
		return text.toString();
	}

	/** How the links were built before: every parameter with a value through the URI builder, encoded. */
	private static String uriBuilder(CatalogueQuery query, String name, @Nullable String value, int page) {
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		params.put("q", query.q());
		params.put("stars", query.stars());
		params.put("group", query.group());
		params.put("unit", query.unit());
		params.put("form", query.form());
		params.put("sort", query.sort());
		params.put(name, value);
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/products");
		params.forEach((k, v) -> {
			if (v != null) {
				builder.queryParam(k, v);
			}
		});
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}
}
