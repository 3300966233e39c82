package vn.ocop.portal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.portal.CatalogueResult.Facet;
import vn.ocop.portal.CatalogueResult.FacetValue;

/**
 * The public catalogue of certified products: only products whose certificate is in force (VALID or DOWNGRADED),
 * with their current stars. No sign-in.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	/** For what reads the database; a search reads the index and the item store, without a transaction. */
	private final TransactionTemplate readOnly;

	private final CatalogueEntries entries;
	private final CatalogueSearch search;
	private final RelatedProducts related;
	private final GeographyApi geography;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final CatalogueCache cache;
	private final Map<String, String> unitNames = new ConcurrentHashMap<>();
	private final Map<String, String> groupNames = new ConcurrentHashMap<>();
	/** The catalogue generation at which the group names were last read ({@code -1}: never). */
	private long groupNamesRead = -1;

	Catalogue(CatalogueEntries entries, CatalogueSearch search, RelatedProducts related, GeographyApi geography,
			Clock clock, CatalogueCache cache, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
		this.related = related;
		this.jdbc = jdbc;
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
	@Transactional(propagation = Propagation.SUPPORTS)
	public CatalogueResult search(CatalogueQuery query) {
		return cache.get(new CatalogueCache.Key(query, true), () -> compute(query, true));
	}

	/** A page of matches without facet counts (the public API, the featured products): about half the work. */
	@Transactional(propagation = Propagation.SUPPORTS)
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
		items.forEach(i -> groupNames.put(i.groupCode(), i.groupName()));
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
	@Transactional(propagation = Propagation.SUPPORTS)
	public long version() {
		return cache.generation();
	}

	/**
	 * The catalogue's version as an entity tag of the responses derived from it ({@code ETag}): unique across
	 * restarts of this instance (the version alone starts again at 0), so a tag given out before a restart never
	 * matches a catalogue that changed since.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String versionTag() {
		return EPOCH + "." + cache.generation();
	}

	private static final String EPOCH = Long.toString(System.currentTimeMillis(), 36);

	/**
	 * The product at {@code slug}: one query of its row, without a transaction of its own and without the entity (a
	 * product page asks it on every visit: beginning and committing a read-only transaction around the one query
	 * cost about as much as the query, and Hibernate's query, entity and persistence context about twice the
	 * row's read). In a transaction that may hold changes not yet flushed, the entity is read instead.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CatalogueItem> bySlug(String slug) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return entries.findBySlug(slug).map(CatalogueEntry::toItem);
		}
		return jdbc.query(BY_SLUG, Catalogue::item, slug).stream().findFirst();
	}

	private static final String BY_SLUG = "select product_id, slug, name, description, story, ingredients, packaging,"
			+ " unit, price_vnd, producer_id, producer_slug, producer_name, legal_form, product_set_code,"
			+ " product_set_name, group_code, group_name, commune_code, commune_name, district_code, district_name,"
			+ " certificate_code, certificate_status, stars, certified_on, valid_until, has_photo, refreshed_at"
			+ " from portal_catalogue_entry where slug = ?";

	/** A row of {@link #BY_SLUG} as {@link CatalogueEntry#toItem()} gives it. */
	private static CatalogueItem item(ResultSet row, int n) throws SQLException {
		long price = row.getLong(9);
		Long priceVnd = row.wasNull() ? null : price;
		return new CatalogueItem(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), row.getString(6), row.getString(7), row.getString(8), priceVnd,
				row.getObject(10, UUID.class), row.getString(11), row.getString(12), row.getString(13),
				row.getString(14), row.getString(15), row.getString(16), row.getString(17), row.getString(18),
				row.getString(19), row.getString(20), row.getString(21), row.getString(22), row.getString(23),
				row.getInt(24), row.getObject(25, LocalDate.class), row.getObject(26, LocalDate.class),
				row.getBoolean(27), row.getObject(28, OffsetDateTime.class).toInstant());
	}

	/**
	 * The current slug of a product whose name changed since {@code oldSlug} was published: a slug ends with the
	 * first 8 characters of the product's id, which do not change.
	 */
	public Optional<String> currentSlug(String oldSlug) {
		return idSuffix(oldSlug).flatMap(entries::findFirstBySlugEndingWith).map(e -> e.source().slug());
	}

	/** The current slug of a producer whose name changed since {@code oldSlug} was published. */
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
	public Optional<CatalogueItem> byCertificate(String code) {
		return entries.findByCertificateCode(code).map(CatalogueEntry::toItem);
	}

	/** A producer's certified products, by its slug; empty if it has none in force. */
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
