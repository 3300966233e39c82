package vn.ocop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.TypedSearchProjectionFactory;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import vn.ocop.geography.GeographyApi;
import vn.ocop.shared.search.SortKeyBinder;
import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * The catalogue search in its Lucene index. Every word of the query must be found — as a whole word (folded: no
 * diacritics, {@code đ} as {@code d}), as the beginning of a word of the name, or, from three letters on, within one
 * or two edits (typos) of a word of the name or producer — in the name, producer, place, product group,
 * description or story. Ranking: a whole word of the name first, then the beginning of a word, then the other
 * fields, a typo last; the exact spelling with diacritics and the words in order add to the score; ties go to more
 * stars. Each way of finding a word weighs a fixed amount (name 4, beginning of a word 1.5, producer and place 1,
 * description and story 0.3, a typo 0.8; the exact name 2 and the words in order 3 more): how often a word occurs
 * or how long a field is does not count, so the index reads neither term frequencies nor field lengths to rank. A
 * typo in the name and in the producer's name weighs 0.8 each. Filters (stars, group, unit, legal form), the facet
 * counts of all matches, the sort and the page are worked out by {@link CatalogueMatcher} on bit sets read from the
 * index's postings and on the {@link CatalogueColumns} of the index's present state.
 */
@Component
class CatalogueSearch {

	static final int MAX_WORDS = 12;

	/** Words shorter than this are never taken for typos. */
	static final int FUZZY_MIN = 3;


	private final EntityManager entityManager;
	private final GeographyApi geography;
	private final CatalogueCache cache;
	private final Map<String, Set<String>> areas = new ConcurrentHashMap<>();

	/** Items not in the item store are read from the stored fields, in a transaction of their own. */
	private final TransactionTemplate readOnly;

	CatalogueSearch(EntityManager entityManager, GeographyApi geography, CatalogueCache cache,
			PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.entityManager = entityManager;
		this.geography = geography;
		this.cache = cache;
	}

	/**
	 * The matches of the query: the page's items, the total and, with {@code facets}, the facet counts (the
	 * communes only within a chosen unit, where the page shows them). Answered from the index alone: the search
	 * reads the page's product ids (doc values), the items come from {@link CatalogueCache#items} and, for those not
	 * kept there, from the documents' stored fields; no entity is loaded. Typos are forgiven only when the words as typed
	 * (whole words or beginnings of words) find nothing: a fuzzy query costs far more than an exact one.
	 */
	Hits search(CatalogueQuery query, boolean facets) {
		List<String> words = words(query.q());
		Hits hits = search(query, words, facets, false);
		if (hits.total() == 0 && words.stream().anyMatch(w -> w.length() >= FUZZY_MIN)) {
			hits = search(query, words, facets, true);
		}
		return hits;
	}

	private Hits search(CatalogueQuery query, List<String> words, boolean facets, boolean typos) {
		CatalogueMatcher.Found found;
		try (IndexReader reader = scope().openIndexReader()) {
			found = new CatalogueMatcher(reader, columns(reader), analyzer(VietnameseAnalysis.VIETNAMESE),
					analyzer(VietnameseAnalysis.VIETNAMESE_EXACT))
					.search(query, words, facets, typos, query.unit() == null ? Set.of() : area(query.unit()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Hits(found.total(), items(found.ids()), found.stars(), found.groups(), found.districts(),
				found.communes(), found.forms());
	}

	/**
	 * The columns of the index's present state: read again when the index changed (a new segment or a deletion),
	 * by one search while the others arriving meanwhile wait for it.
	 */
	private CatalogueColumns columns(IndexReader reader) throws IOException {
		List<Object> state = CatalogueColumns.state(reader);
		CatalogueColumns kept = columns;
		if (kept != null && kept.state.equals(state)) {
			return kept;
		}
		synchronized (this) {
			kept = columns;
			if (kept == null || !kept.state.equals(state)) {
				kept = CatalogueColumns.read(reader);
				columns = kept;
			}
			return kept;
		}
	}

	private volatile @Nullable CatalogueColumns columns;

	private volatile @Nullable LuceneIndexScope scope;

	private LuceneIndexScope scope() {
		LuceneIndexScope kept = scope;
		if (kept == null) {
			kept = Search.mapping(entityManager.getEntityManagerFactory()).scope(CatalogueEntry.class)
					.extension(LuceneExtension.get());
			scope = kept;
		}
		return kept;
	}

	private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

	private Analyzer analyzer(String name) {
		return analyzers.computeIfAbsent(name, n -> Search.mapping(entityManager.getEntityManagerFactory())
				.backend().unwrap(LuceneBackend.class).analyzer(n)
				.orElseThrow(() -> new IllegalStateException("no analyzer " + n)));
	}

	/** The items of these products in this order (one not in the index any more is left out). */
	List<CatalogueItem> items(List<UUID> ids) {
		return ids.isEmpty() ? List.of() : cache.items(ids, missing -> readOnly.execute(status -> stored(missing)));
	}

	/**
	 * Every item of the catalogue, read from the stored fields of the documents in batches of {@code batch} (at most
	 * {@code limit} items), each batch given to {@code sink}; the number read. Needs a transaction.
	 */
	int eachItem(int batch, int limit, java.util.function.Consumer<List<CatalogueItem>> sink) {
		int read = 0;
		try (var scroll = Search.session(entityManager).search(CatalogueEntry.class)
				.select(CatalogueSearch::item).where(f -> f.matchAll()).scroll(batch)) {
			for (var chunk = scroll.next(); chunk.hasHits() && read < limit; chunk = scroll.next()) {
				List<CatalogueItem> items = chunk.hits();
				if (read + items.size() > limit) {
					items = items.subList(0, limit - read);
				}
				sink.accept(items);
				read += items.size();
			}
		}
		return read;
	}

	/** Items read from the stored fields of their documents. */
	private Map<UUID, CatalogueItem> stored(Collection<UUID> ids) {
		Map<UUID, CatalogueItem> found = new HashMap<>();
		for (CatalogueItem item : Search.session(entityManager).search(CatalogueEntry.class)
				.select(CatalogueSearch::item)
				.where(f -> f.id().matchingAny(ids))
				.fetchHits(ids.size())) {
			found.put(item.productId(), item);
		}
		return found;
	}

	/**
	 * An item as the index stores it: every value a list of products shows (cards, the public API) is a stored
	 * field of the document; the long texts (description, story, ingredients, packaging), which only the product
	 * page shows and reads from the entry, are not stored, so the documents a search reads stay small.
	 */
	private static <SR> ProjectionFinalStep<CatalogueItem> item(TypedSearchProjectionFactory<SR, ?, ?> f) {
		return f.composite().from(f.id(UUID.class), f.field("slug", String.class), f.field("name", String.class),
				f.field("unit", String.class), f.field("priceVnd", Long.class),
				f.field("producerId", UUID.class), f.field("producerSlug", String.class),
				f.field("producerName", String.class), f.field("legalForm", String.class),
				f.field("productSetCode", String.class), f.field("productSetName", String.class),
				f.field("groupCode", String.class), f.field("groupName", String.class),
				f.field("communeCode", String.class), f.field("place", String.class),
				f.field("districtCode", String.class), f.field("districtPlace", String.class),
				f.field("certificateCode", String.class), f.field("certificateStatus", String.class),
				f.field("stars", Integer.class), f.field("certifiedOn", LocalDate.class),
				f.field("validUntil", LocalDate.class), f.field("hasPhoto", Boolean.class),
				f.field("refreshedAt", Instant.class))
				.asArray(v -> new CatalogueItem((UUID) v[0], (String) v[1], (String) v[2], null, null, null, null,
						(String) v[3], (Long) v[4], (UUID) v[5], (String) v[6], (String) v[7], (String) v[8],
						(String) v[9], (String) v[10], (String) v[11], (String) v[12], (String) v[13], (String) v[14],
						(String) v[15], (String) v[16], (String) v[17], (String) v[18], (Integer) v[19],
						(LocalDate) v[20], (LocalDate) v[21], (Boolean) v[22], (Instant) v[23]));
	}

	record Hits(long total, List<CatalogueItem> items, Map<Integer, Long> stars, Map<String, Long> groups,
			Map<String, Long> districts, Map<String, Long> communes, Map<String, Long> forms) {
	}

	/** By name, then slug (one binary sort key: see {@link CatalogueEntry#getOrderKey}). */
	static <SR> SortFinalStep byName(TypedSearchSortFactory<SR> f) {
		return f.extension(LuceneExtension.get()).fromLuceneSortField(SortKeyBinder.ascending(CatalogueEntry.ORDER_KEY));
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
