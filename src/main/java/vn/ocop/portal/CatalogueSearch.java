package vn.ocop.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import vn.ocop.geography.GeographyApi;
import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * The catalogue search in its Lucene index. Every word of the query must be found — as a whole word (folded: no
 * diacritics, {@code đ} as {@code d}), as the beginning of a word of the name, or, from three letters on, within one
 * or two edits (typos) of a word of the name or producer — in the name, producer, place, product group,
 * description or story. Ranking: a whole word of the name first, then the beginning of a word, then the other
 * fields, a typo last; the exact spelling with diacritics and the words in order add to the score; ties go to more
 * stars. Filters (stars, group, unit, legal form) apply in the index, which counts the facet values of all
 * matches, sorts and pages.
 */
@Component
class CatalogueSearch {

	static final int MAX_WORDS = 12;

	static final AggregationKey<Map<Integer, Long>> STARS = AggregationKey.of("stars");
	static final AggregationKey<Map<String, Long>> GROUPS = AggregationKey.of("groupCode");
	static final AggregationKey<Map<String, Long>> DISTRICTS = AggregationKey.of("districtCode");
	static final AggregationKey<Map<String, Long>> COMMUNES = AggregationKey.of("communeCode");
	static final AggregationKey<Map<String, Long>> FORMS = AggregationKey.of("legalForm");

	private final EntityManager entityManager;
	private final GeographyApi geography;
	private final Map<String, Set<String>> areas = new ConcurrentHashMap<>();

	CatalogueSearch(EntityManager entityManager, GeographyApi geography) {
		this.entityManager = entityManager;
		this.geography = geography;
	}

	/**
	 * The matches of the query: the page's entries, the total and, with {@code facets}, the facet counts (the
	 * communes only within a chosen unit, where the page shows them). Counting costs about as much as finding.
	 */
	Hits search(CatalogueQuery query, boolean facets) {
		List<String> words = words(query.q());
		var search = Search.session(entityManager).search(CatalogueEntry.class)
				.where(f -> f.bool().with(b -> {
					b.must(f.matchAll());
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
								.add(f.terms().field("communeCode").matchingAny(area(query.unit()))));
					}
					for (String word : words) {
						b.must(word(f, word));
					}
					if (query.q() != null && !words.isEmpty()) {
						b.should(f.match().field("name_exact").matching(query.q()).boost(2f));
						b.should(f.phrase().field("name").matching(String.join(" ", words)).boost(3f));
					}
				}))
				.sort(f -> sort(f, query, !words.isEmpty()));
		if (facets) {
			search = search
					.aggregation(STARS, f -> f.terms().field("stars", Integer.class).orderByTermDescending().maxTermCount(5))
					.aggregation(GROUPS, f -> f.terms().field("groupCode", String.class).maxTermCount(50))
					.aggregation(DISTRICTS, f -> f.terms().field("districtCode", String.class).maxTermCount(50))
					.aggregation(FORMS, f -> f.terms().field("legalForm", String.class).maxTermCount(10));
			if (query.unit() != null) {
				search = search.aggregation(COMMUNES,
						f -> f.terms().field("communeCode", String.class).maxTermCount(300));
			}
		}
		var result = search.fetch((query.page() - 1) * query.size(), query.size());
		if (!facets) {
			return new Hits(result.total().hitCount(), result.hits(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
		}
		return new Hits(result.total().hitCount(), result.hits(), result.aggregation(STARS),
				result.aggregation(GROUPS), result.aggregation(DISTRICTS),
				query.unit() != null ? result.aggregation(COMMUNES) : Map.of(), result.aggregation(FORMS));
	}

	/** The products most like one: same group or producer or place, more stars first. */
	List<CatalogueEntry> related(CatalogueItem item, int limit) {
		return Search.session(entityManager).search(CatalogueEntry.class)
				.where(f -> f.bool()
						.mustNot(f.id().matching(item.productId()))
						.should(f.match().field("groupCode").matching(item.groupCode()).boost(3f))
						.should(f.match().field("producerId").matching(item.producerId()).boost(2f))
						.should(item.districtCode() == null ? f.matchNone()
								: f.match().field("districtCode").matching(item.districtCode()))
						.should(f.match().field("communeCode").matching(item.communeCode())))
				.sort(f -> f.composite().add(f.score()).add(f.field("stars").desc()).add(f.field("name_sort")))
				.fetchHits(limit);
	}

	record Hits(long total, List<CatalogueEntry> entries, Map<Integer, Long> stars, Map<String, Long> groups,
			Map<String, Long> districts, Map<String, Long> communes, Map<String, Long> forms) {
	}

	private static <SR> PredicateFinalStep word(TypedSearchPredicateFactory<SR> f, String word) {
		return f.bool().with(b -> {
			b.should(f.match().field("name").matching(word).boost(4f));
			b.should(f.match().field("name_prefix").matching(word).boost(1.5f));
			b.should(f.match().field("producerName").field("place").field("districtPlace").field("groupName")
					.matching(word));
			b.should(f.match().field("text").field("story").matching(word).boost(0.3f));
			if (word.length() >= 3) {
				int edits = word.length() >= 7 ? 2 : 1;
				b.should(f.match().field("name").field("producerName").matching(word).fuzzy(edits, 1).boost(0.8f));
			}
		});
	}

	private static <SR> SortFinalStep sort(TypedSearchSortFactory<SR> f, CatalogueQuery query, boolean words) {
		String sort = query.sort() == null ? (words ? "relevance" : "stars") : query.sort();
		return f.composite(c -> {
			switch (sort) {
				case "name" -> c.add(f.field("name_sort").asc());
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
			c.add(f.field("name_sort").asc());
			c.add(f.field("slug_sort").asc());
		});
	}

	private Set<String> area(String unit) {
		return areas.computeIfAbsent(unit, geography::codesWithin);
	}

	/** The folded words of the query, at most {@value #MAX_WORDS}. */
	static List<String> words(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		List<String> words = new ArrayList<>(VietnameseAnalysis.terms(q));
		return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
	}
}
