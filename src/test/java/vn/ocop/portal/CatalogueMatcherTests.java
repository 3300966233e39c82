package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import vn.ocop.certification.CertificateVerification;
import vn.ocop.content.ProductStories;
import vn.ocop.content.PublishedContent;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.geography.GeographyApi;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.search.SortKeyBinder;

/**
 * The catalogue search worked out on bit sets and columns ({@link CatalogueMatcher}) finds, counts and orders
 * exactly as the scored Lucene query it replaced (kept here as the reference): over a catalogue of varied products
 * (kinds, adjectives, places, producers, descriptions, stars, photos, days), hundreds of searches of the kinds people
 * type — with and without diacritics, typos, a place, a star, group, form or unit filter, every sort, pages 1–4 — give
 * the same total, the same items in the same order and the same facet counts. Some names hold a word of their kind
 * twice ("Nước mắm Đức Lĩnh mắm sạch"), where every two neighbours of a search are in order but not the whole.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:portal-matcher;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false", "ocop.portal.catalogue.cache-size=0" })
class CatalogueMatcherTests {

	static final String[] KINDS = { "Nước mắm", "Kẹo cu đơ", "Bưởi Phúc Trạch", "Cam Vũ Quang", "Mật ong", "Chè xanh",
			"Mực khô", "Gạo hữu cơ", "Tinh dầu bưởi", "Rượu nếp", "Bánh đa vừng", "Nón lá" };
	static final String[] ADJECTIVES = { "truyền thống", "đặc biệt", "thượng hạng", "sạch", "gia truyền", "hữu cơ" };
	static final String[][] PLACES = { { "441", "Huyện Vũ Quang", "18322", "Xã Đức Lĩnh" },
			{ "441", "Huyện Vũ Quang", "18325", "Xã Hương Minh" }, { "442", "Huyện Nghi Xuân", "18388", "Xã Xuân Hội" },
			{ "442", "Huyện Nghi Xuân", "18391", "Xã Cương Gián" }, { null, null, "18400", "Xã Cẩm Xuyên" } };
	static final String[] FORMS = { "COOPERATIVE", "ENTERPRISE", "HOUSEHOLD_BUSINESS" };
	static final String[] FORM_NAMES = { "Hợp tác xã", "Công ty", "Hộ kinh doanh" };

	@MockitoBean
	GeographyApi geography;

	@MockitoBean
	CertificateVerification certificates;

	@MockitoBean
	ProductLifecycle products;

	@MockitoBean
	CriteriaApi criteria;

	@MockitoBean
	PublishedContent content;

	@MockitoBean
	ProductStories stories;

	@Autowired
	CatalogueSearch search;

	@Autowired
	CatalogueEntries entries;

	@Autowired
	CatalogueCache cache;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldFindCountAndOrderAsTheScoredQueryDid() {
		when(geography.codesWithin("441")).thenReturn(Set.of("441", "18322", "18325"));
		when(geography.codesWithin("442")).thenReturn(Set.of("442", "18388", "18391"));
		when(geography.codesWithin("18388")).thenReturn(Set.of("18388"));
		var random = new Random(7);
		var tx = new TransactionTemplate(transactions);
		for (int batch = 0; batch < 3; batch++) {
			int first = batch * 200;
			// three batches: three segments, and a deletion in the first
			tx.executeWithoutResult(status -> {
				for (int i = first; i < first + 200; i++) {
					entries.save(entry(i, random));
				}
			});
		}
		tx.executeWithoutResult(status -> entries.deleteById(new UUID(42, 17)));
		cache.changed();

		var queries = new Random(11);
		int compared = 0;
		int found = 0;
		for (int i = 0; i < 400; i++) {
			CatalogueQuery query = query(queries);
			boolean facets = queries.nextBoolean();
			var actual = tx.execute(status -> search.search(query, facets));
			var expected = tx.execute(status -> reference(query, facets));
			assertThat(actual.total()).as("total of %s", query).isEqualTo(expected.total());
			assertThat(actual.items()).extracting(CatalogueItem::productId).as("items of %s", query)
					.containsExactlyElementsOf(expected.ids());
			assertThat(actual.stars()).as("stars of %s", query).containsExactlyEntriesOf(expected.stars());
			assertThat(actual.groups()).as("groups of %s", query).isEqualTo(expected.groups());
			assertThat(actual.districts()).as("districts of %s", query).isEqualTo(expected.districts());
			assertThat(actual.communes()).as("communes of %s", query).isEqualTo(expected.communes());
			assertThat(actual.forms()).as("forms of %s", query).isEqualTo(expected.forms());
			compared++;
			found += actual.total() > 0 ? 1 : 0;
		}
		assertThat(compared).isEqualTo(400);
		// the searches are not all empty: most of them find something
		assertThat(found).isGreaterThan(250);
	}

	private static CatalogueEntry entry(int i, Random random) {
		String kind = KINDS[random.nextInt(KINDS.length)];
		String[] place = PLACES[random.nextInt(PLACES.length)];
		int form = random.nextInt(FORMS.length);
		String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
		String town = place[3].replaceFirst("^Xã ", "");
		String name = kind + " " + adjective + " " + town + (random.nextInt(4) == 0 ? "" : " " + (i % 37));
		if (i % 5 == 0) {
			// a word of the kind twice, apart: every two neighbours of "kind adjective" in order, not the whole
			String[] kindWords = kind.split(" ");
			name = kind + " " + town + " " + kindWords[kindWords.length - 1] + " " + adjective;
		}
		String producer = FORM_NAMES[form] + " " + KINDS[random.nextInt(KINDS.length)] + " " + (i / 3);
		UUID id = new UUID(42, i);
		String group = "G" + (1 + random.nextInt(4));
		String description = random.nextInt(3) == 0 ? null
				: "Sản phẩm " + KINDS[random.nextInt(KINDS.length)].toLowerCase() + " làm theo cách "
						+ ADJECTIVES[random.nextInt(ADJECTIVES.length)] + ".";
		var source = new CatalogueSource(vn.ocop.content.Slugs.of(name, 100) + "-" + "%08x".formatted(i), name,
				description, null, null, null, "hộp", 10_000L * (1 + random.nextInt(50)), new UUID(7, i / 3),
				"producer-" + (i / 3), producer, FORMS[form], "SET-" + group, "Bộ " + group, group, "Nhóm " + group,
				place[2], place[3], place[0], place[1], "B42-" + i, "VALID", 3 + random.nextInt(3),
				LocalDate.of(2025, 1, 1).plusDays(random.nextInt(30)), LocalDate.of(2028, 1, 1), random.nextBoolean());
		var entry = new CatalogueEntry(id);
		entry.take(source, Instant.now());
		return entry;
	}

	private static CatalogueQuery query(Random random) {
		String[] kind = KINDS[random.nextInt(KINDS.length)].split(" ");
		List<String> words = new ArrayList<>(List.of(kind).subList(0, 1 + random.nextInt(kind.length)));
		int shape = random.nextInt(10);
		if (shape == 0) {
			words = new ArrayList<>(List.of(PLACES[random.nextInt(PLACES.length)][3].replaceFirst("^Xã ", "").split(" ")));
		}
		else if (shape == 1) {
			words.addAll(0, List.of(FORM_NAMES[random.nextInt(FORM_NAMES.length)].split(" ")));
		}
		else if (shape < 4) {
			words.addAll(List.of(ADJECTIVES[random.nextInt(ADJECTIVES.length)].split(" ")));
		}
		else if (shape < 6) {
			words.add(PLACES[random.nextInt(PLACES.length)][3].replaceFirst("^Xã ", ""));
		}
		String text = String.join(" ", words);
		if (random.nextBoolean()) {
			text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
					.replace('đ', 'd').replace('Đ', 'D');
		}
		if (random.nextInt(4) == 0) {
			// a typo: a letter dropped from a word of three letters or more
			String[] parts = text.split(" ");
			int w = random.nextInt(parts.length);
			if (parts[w].length() >= 3) {
				int at = 1 + random.nextInt(parts[w].length() - 1);
				parts[w] = parts[w].substring(0, at) + parts[w].substring(at + 1);
			}
			text = String.join(" ", parts);
		}
		if (random.nextInt(12) == 0) {
			text = null;
		}
		Integer stars = random.nextInt(5) == 0 ? 3 + random.nextInt(3) : null;
		String group = random.nextInt(8) == 0 ? "G" + (1 + random.nextInt(4)) : null;
		String form = random.nextInt(10) == 0 ? FORMS[random.nextInt(FORMS.length)] : null;
		String unit = random.nextInt(6) == 0 ? new String[] { "441", "442", "18388" }[random.nextInt(3)] : null;
		String sort = random.nextInt(4) == 0 ? new String[] { "relevance", "name", "newest", "stars" }[random.nextInt(4)]
				: null;
		int page = random.nextInt(3) == 0 ? 2 + random.nextInt(3) : 1;
		int size = random.nextBoolean() ? 10 : 24;
		return new CatalogueQuery(text, stars, group, unit, form, sort, page, size);
	}

	// ---- the scored Lucene query the catalogue used before, as the reference ----

	static final AggregationKey<Map<Integer, Long>> STARS = AggregationKey.of("stars");
	static final AggregationKey<Map<String, Long>> GROUPS = AggregationKey.of("groupCode");
	static final AggregationKey<Map<String, Long>> DISTRICTS = AggregationKey.of("districtCode");
	static final AggregationKey<Map<String, Long>> COMMUNES = AggregationKey.of("communeCode");
	static final AggregationKey<Map<String, Long>> FORMS_KEY = AggregationKey.of("legalForm");

	record Expected(long total, List<UUID> ids, Map<Integer, Long> stars, Map<String, Long> groups,
			Map<String, Long> districts, Map<String, Long> communes, Map<String, Long> forms) {
	}

	private Expected reference(CatalogueQuery query, boolean facets) {
		List<String> words = CatalogueSearch.words(query.q());
		Expected found = reference(query, words, facets, false);
		if (found.total() == 0 && words.stream().anyMatch(w -> w.length() >= CatalogueSearch.FUZZY_MIN)) {
			found = reference(query, words, facets, true);
		}
		return found;
	}

	private Expected reference(CatalogueQuery query, List<String> words, boolean facets, boolean typos) {
		var search = Search.session(entityManager).search(CatalogueEntry.class)
				.select(f -> f.id(UUID.class))
				.where(f -> f.bool().with(b -> {
					if (words.isEmpty()) {
						b.must(f.matchAll());
					}
					if (query.stars() != null) {
						b.filter(f.match().field("stars").matching(query.stars()));
					}
					if (query.group() != null) {
						b.filter(f.match().field("groupCode").matching(query.group()));
					}
					if (query.form() != null) {
						b.filter(f.match().field("legalForm").matching(query.form()));
					}
					if (query.unit() != null) {
						b.filter(f.or()
								.add(f.match().field("districtCode").matching(query.unit()))
								.add(f.terms().field("communeCode").matchingAny(geography.codesWithin(query.unit()))));
					}
					for (String word : words) {
						b.must(word(f, word, typos));
					}
					if (query.q() != null && !words.isEmpty()) {
						b.should(f.match().field("name_exact").matching(query.q()).constantScore().boost(2f));
						b.should(f.phrase().field("name").matching(String.join(" ", words)).constantScore().boost(3f));
					}
				}))
				.sort(f -> sort(f, query, !words.isEmpty()));
		if (facets) {
			search = search
					.aggregation(STARS, f -> f.terms().field("stars", Integer.class).orderByTermDescending().maxTermCount(5))
					.aggregation(GROUPS, f -> f.terms().field("groupCode", String.class).maxTermCount(50))
					.aggregation(DISTRICTS, f -> f.terms().field("districtCode", String.class).maxTermCount(50))
					.aggregation(FORMS_KEY, f -> f.terms().field("legalForm", String.class).maxTermCount(10));
			if (query.unit() != null) {
				search = search.aggregation(COMMUNES,
						f -> f.terms().field("communeCode", String.class).maxTermCount(300));
			}
		}
		var result = search.fetch((query.page() - 1) * query.size(), query.size());
		if (!facets) {
			return new Expected(result.total().hitCount(), result.hits(), Map.of(), Map.of(), Map.of(), Map.of(),
					Map.of());
		}
		return new Expected(result.total().hitCount(), result.hits(), result.aggregation(STARS),
				result.aggregation(GROUPS), result.aggregation(DISTRICTS),
				query.unit() != null ? result.aggregation(COMMUNES) : Map.of(), result.aggregation(FORMS_KEY));
	}

	private static <SR> PredicateFinalStep word(TypedSearchPredicateFactory<SR> f, String word, boolean typos) {
		var found = f.bool().with(d -> {
			d.should(f.match().field("name_prefix").matching(word).constantScore().boost(1.5f));
			d.should(f.match().field("context").matching(word).constantScore());
			d.should(f.match().field("about").matching(word).constantScore().boost(0.3f));
			if (typos && word.length() >= CatalogueSearch.FUZZY_MIN) {
				int edits = word.length() >= 7 ? 2 : 1;
				d.should(f.match().field("name").field("producerName").matching(word).fuzzy(edits, 1).constantScore()
						.boost(0.8f));
			}
		});
		return f.bool().with(b -> {
			b.must(found);
			b.should(f.match().field("name").matching(word).constantScore().boost(4f));
		});
	}

	private static <SR> SortFinalStep sort(TypedSearchSortFactory<SR> f, CatalogueQuery query, boolean words) {
		String sort = query.sort() == null ? (words ? "relevance" : "stars") : query.sort();
		return f.composite(c -> {
			switch (sort) {
				case "name" -> {
				}
				case "newest" -> c.add(f.field("certifiedOn").desc());
				case "stars" -> {
					c.add(f.field("stars").desc());
					c.add(f.field("hasPhoto").desc());
				}
				default -> {
					c.add(f.score());
					c.add(f.field("stars").desc());
				}
			}
			c.add(f.extension(LuceneExtension.get())
					.fromLuceneSortField(SortKeyBinder.ascending(CatalogueEntry.ORDER_KEY)));
		});
	}
}
