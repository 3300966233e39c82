package vn.ocop.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.portal.CatalogueResult.Facet;
import vn.ocop.portal.CatalogueResult.FacetValue;

/**
 * The public catalogue of certified products: only products whose certificate is in force (VALID or DOWNGRADED),
 * with their current stars. No sign-in.
 * <p>
 * A search ({@link #search}, {@link #find}) and the version ({@link #version}, {@link #versionTag}) read the
 * index, the item store and counters, never the database in the caller's transaction: they are not transactional,
 * so that every public search does not pay for the transaction interceptor (beginning and ending an empty
 * {@code SUPPORTS} transaction and finding its manager: ~5 % of a public API search's CPU at 100,000 entries).
 * What they read from the database (items missing from the store, the group names) is one query or a read-only
 * transaction of its own.
 */
@Service
public class Catalogue {

	/** For what reads the database; a search reads the index and the item store, without a transaction. */
	private final TransactionTemplate readOnly;

	private final CatalogueEntries entries;
	private final CatalogueSearch search;
	private final RelatedProducts related;
	private final GeographyApi geography;
	private final Clock clock;
	private final CatalogueCache cache;
	private final Map<String, String> unitNames = new ConcurrentHashMap<>();
	private final Map<String, String> groupNames = new ConcurrentHashMap<>();
	/** The catalogue generation at which the group names were last read ({@code -1}: never). */
	private long groupNamesRead = -1;

	Catalogue(CatalogueEntries entries, CatalogueSearch search, RelatedProducts related, GeographyApi geography,
			Clock clock, CatalogueCache cache, PlatformTransactionManager transactions) {
		this.related = related;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.cache = cache;
		this.entries = entries;
		this.search = search;
		this.geography = geography;
		this.clock = clock;
	}

	/**
	 * A page of matches with facet counts. Answers are kept (at most {@code ocop.portal.catalogue.cache-size},
	 * least recently used first out) until the catalogue next changes: searches repeat far more often than
	 * certificates change.
	 */
	public CatalogueResult search(CatalogueQuery query) {
		return cache.get(new CatalogueCache.Key(query, true), () -> compute(query, true));
	}

	/** A page of matches without facet counts (the public API, the featured products): about half the work. */
	public CatalogueResult find(CatalogueQuery query) {
		return cache.get(new CatalogueCache.Key(query, false), () -> compute(query, false));
	}

	private CatalogueResult compute(CatalogueQuery query, boolean withFacets) {
		CatalogueSearch.Hits hits = search.search(query, withFacets);
		List<CatalogueItem> items = hits.items();
		if (!withFacets) {
			return new CatalogueResult(hits.total(), items, query.page(), query.size(), List.of());
		}
		Map<String, String> groupNames = new LinkedHashMap<>();
		if (items instanceof PageItems page) {
			page.groups(groupNames::put); // without decoding the items (a fragment writes their texts as kept)
		}
		else {
			items.forEach(i -> groupNames.put(i.groupCode(), i.groupName()));
		}
		List<Facet> facets = new ArrayList<>();
		facets.add(new Facet("stars", hits.stars().entrySet().stream()
				.map(e -> new FacetValue(String.valueOf(e.getKey()), e.getKey() + "★", e.getValue())).toList()));
		facets.add(new Facet("group", values(hits.groups(), code -> groupNames.computeIfAbsent(code, this::groupName))));
		facets.add(new Facet("district", values(hits.districts(), this::unitName)));
		facets.add(new Facet("commune", values(hits.communes(), this::unitName)));
		facets.add(new Facet("form", values(hits.forms(), code -> code)));
		return new CatalogueResult(hits.total(), items, query.page(), query.size(), facets);
	}

	/**
	 * The catalogue's version: it changes whenever the catalogue does (after the change is committed), so what is
	 * derived from a search (a rendered page of results, say) can be kept under it.
	 */
	public long version() {
		return cache.generation();
	}

	/**
	 * The catalogue's version as an entity tag of the responses derived from it ({@code ETag}): unique across
	 * restarts of this instance (the version alone starts again at 0), so a tag given out before a restart never
	 * matches a catalogue that changed since.
	 */
	public String versionTag() {
		return EPOCH + "." + cache.generation();
	}

	private static final String EPOCH = Long.toString(System.currentTimeMillis(), 36);

	/**
	 * The product at {@code slug}: one query, without a transaction of its own (the entry has no lazy
	 * associations, so it is read whole). A product page reads it with {@link ProductPageReads#bySlug} instead.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CatalogueItem> bySlug(String slug) {
		return entries.findBySlug(slug).map(CatalogueEntry::toItem);
	}

	/**
	 * The current slug of a product whose name changed since {@code oldSlug} was published: a slug ends with the
	 * first 8 characters of the product's id, which do not change.
	 */
	@Transactional(readOnly = true)
	public Optional<String> currentSlug(String oldSlug) {
		return idSuffix(oldSlug).flatMap(entries::findFirstBySlugEndingWith).map(e -> e.source().slug());
	}

	/** The current slug of a producer whose name changed since {@code oldSlug} was published. */
	@Transactional(readOnly = true)
	public Optional<String> currentProducerSlug(String oldSlug) {
		return idSuffix(oldSlug).flatMap(entries::findFirstByProducerSlugEndingWith)
				.map(e -> e.source().producerSlug());
	}

	private static Optional<String> idSuffix(String slug) {
		int dash = slug.lastIndexOf('-');
		String suffix = dash < 0 ? "" : slug.substring(dash);
		return suffix.matches("-[0-9a-f]{8}") ? Optional.of(suffix) : Optional.empty();
	}

	/** The entry that holds the certificate, if it is in force. */
	@Transactional(readOnly = true)
	public Optional<CatalogueItem> byCertificate(String code) {
		return entries.findByCertificateCode(code).map(CatalogueEntry::toItem);
	}

	/** A producer's certified products, by its slug; empty if it has none in force. */
	@Transactional(readOnly = true)
	public List<CatalogueItem> byProducer(String producerSlug) {
		return entries.findByProducerSlugOrderByStarsDescNameAsc(producerSlug).stream().map(CatalogueEntry::toItem).toList();
	}

	/**
	 * The products most like {@code item} ({@link RelatedProducts}): from the index in memory without opening a
	 * transaction (every product page asks), else by the search index in one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<CatalogueItem> related(CatalogueItem item, int limit) {
		List<CatalogueItem> found = related.fromIndex(item, limit);
		return found != null ? found : readOnly.execute(status -> related.inRings(item, limit));
	}

	/** Every entry, by name (open data, sitemap, map). */
	@Transactional(readOnly = true)
	public List<CatalogueItem> all() {
		return entries.findAllByName().stream().map(CatalogueEntry::toItem).toList();
	}

	/**
	 * The featured products: the most stars, with a photo, the most recently certified first. Worked out once per
	 * version of the catalogue (the home page asks on every visit).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<CatalogueItem> featured(int limit) {
		long version = cache.generation();
		Versioned<List<CatalogueItem>> kept = featured;
		if (kept != null && kept.version() == version && kept.value().size() == limit) {
			return kept.value();
		}
		synchronized (featuredLock) {
			// one visitor works it out, the others arriving meanwhile take the result (no herd of equal searches)
			kept = featured;
			if (kept != null && kept.version() == version && kept.value().size() == limit) {
				return kept.value();
			}
			return findFeatured(version, limit);
		}
	}

	private final Object featuredLock = new Object();

	private final Object figuresLock = new Object();

	private List<CatalogueItem> findFeatured(long version, int limit) {
		List<CatalogueItem> items = readOnly.execute(status -> compute(
				new CatalogueQuery(null, null, null, null, null, "stars", 1, limit), false).items());
		if (items.size() == limit) {
			featured = new Versioned<>(version, items);
		}
		return items;
	}

	/**
	 * Live figures of the home page, counted once per version of the catalogue (the version is read before
	 * counting, so figures are never kept under a version newer than what they counted).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Figures figures() {
		long version = cache.generation();
		Versioned<Figures> kept = figures;
		if (kept != null && kept.version() == version) {
			return kept.value();
		}
		synchronized (figuresLock) {
			// one visitor counts, the others arriving meanwhile take the result (no herd of equal counts)
			kept = figures;
			if (kept != null && kept.version() == version) {
				return kept.value();
			}
			Figures counted = countFigures();
			figures = new Versioned<>(version, counted);
			return counted;
		}
	}

	/** A value worked out from the catalogue at a version. */
	private record Versioned<T>(long version, T value) {
	}

	private volatile @Nullable Versioned<Figures> figures;

	private volatile @Nullable Versioned<List<CatalogueItem>> featured;

	private Figures countFigures() {
		Map<Integer, Long> byStars = new TreeMap<>(Comparator.reverseOrder());
		for (Object[] row : entries.countByStars()) {
			byStars.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
		}
		long total = byStars.values().stream().mapToLong(Long::longValue).sum();
		return new Figures(total, byStars, entries.countProducers());
	}

	/**
	 * The catalogue's figures.
	 *
	 * @param byStars products by stars, most stars first
	 */
	public record Figures(long products, Map<Integer, Long> byStars, long producers) {
	}

	/** The name of a unit (its latest version), e.g. {@code Huyện Vũ Quang}. */
	@Transactional(readOnly = true)
	public String unitName(String code) {
		return unitNames.computeIfAbsent(code, c -> {
			List<Unit> versions = geography.versionsOf(c);
			return versions.isEmpty() ? c : versions.get(versions.size() - 1).name();
		});
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private String groupName(String code) {
		String name = groupNames.get(code);
		if (name == null) {
			// one visitor reads the names (a scan of the catalogue), the others arriving meanwhile take them; a code
			// without a name is not looked for again until the catalogue changes (it was a scan per search)
			synchronized (groupNames) {
				name = groupNames.get(code);
				long generation = cache.generation();
				if (name == null && groupNamesRead != generation) {
					for (Object[] row : entries.groupNames()) {
						if (row[0] != null && row[1] != null) {
							groupNames.put((String) row[0], (String) row[1]);
						}
					}
					groupNamesRead = generation;
					name = groupNames.get(code);
				}
			}
			if (name == null) {
				name = code;
			}
		}
		return name;
	}

	private static List<FacetValue> values(Map<String, Long> counts, java.util.function.Function<String, String> label) {
		return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), label.apply(e.getKey()), e.getValue()))
				.sorted(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::label))
				.toList();
	}
}
