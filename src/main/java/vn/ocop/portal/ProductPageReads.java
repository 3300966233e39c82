package vn.ocop.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a product page reads on every visit — its entry and its related products — without the transaction
 * interceptor of {@link Catalogue} around each read (beginning and ending even an empty {@code SUPPORTS} transaction
 * was about 5 % of a product page's CPU at 100,000 entries): the entry from memory once the whole catalogue has been
 * read after its last change (its item as lists keep it, {@link CatalogueCache}, with its texts,
 * {@link ProductPageTexts}), else its row with one plain query; the related products from the index in memory
 * ({@link RelatedProducts#fromIndex}); {@link Catalogue} answers when these cannot (a transaction in progress, the
 * index not built).
 */
@Component
public class ProductPageReads {

	private final Catalogue catalogue;
	private final RelatedProducts related;
	private final JdbcTemplate jdbc;
	private final CatalogueCache cache;
	private volatile @Nullable ProductPageTexts texts;

	ProductPageReads(Catalogue catalogue, RelatedProducts related, JdbcTemplate jdbc, CatalogueCache cache) {
		this.catalogue = catalogue;
		this.related = related;
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * The product at {@code slug}: its row, without the entity (Hibernate's query, entity and persistence context
	 * cost about twice the row's read). In a transaction, which may hold changes not yet flushed, the entity is read
	 * instead ({@link Catalogue#bySlug}).
	 */
	public Optional<CatalogueItem> bySlug(String slug) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return catalogue.bySlug(slug);
		}
		CatalogueItem kept = kept(slug);
		return kept != null ? Optional.of(kept) : jdbc.query(BY_SLUG, ProductPageReads::item, slug).stream().findFirst();
	}

	/**
	 * The product at {@code slug} from memory: its item kept for lists with its texts, both of the catalogue as it
	 * stands; null when they cannot tell (not read since the last change, not kept, no such slug).
	 */
	@Nullable CatalogueItem kept(String slug) {
		ProductPageTexts now = texts;
		long generation = cache.generation();
		if (now == null || now.generation() != generation) {
			return null;
		}
		CatalogueItem item = now.find(slug, id -> cache.kept(id, generation));
		// a change meanwhile may have come between the item and its texts
		return item != null && cache.generation() == generation ? item : null;
	}

	/**
	 * Reads every entry's texts for {@link #kept} while the catalogue is at {@code generation} (after its items are
	 * kept: {@link CatalogueItemPreload}); nothing is kept if it changed meanwhile, or if items are not kept at all.
	 * Whether they were kept.
	 */
	boolean keepTexts(long generation) {
		return keepTexts(generation, TEXTS_BATCH);
	}

	/** {@link #keepTexts(long)} reading {@code batch} entries per query. */
	boolean keepTexts(long generation, int batch) {
		if (cache.itemCapacity() == 0 || cache.generation() != generation) {
			return false;
		}
		var builder = new ProductPageTexts.Builder();
		// in batches by the key: H2 holds a whole result in memory (up to its MAX_MEMORY_ROWS, tens of thousands of
		// rows at this heap), whatever the fetch size — with every entry's long texts, tens of MB at 100,000 entries
		// on top of the heap's high point at start; a batch at a time keeps only that
		UUID[] last = { null };
		int[] read = { 0 };
		RowCallbackHandler take = row -> {
			UUID id = row.getObject(1, UUID.class);
			builder.add(id, row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4),
					row.getString(5), row.getString(6), row.getString(7));
			last[0] = id;
			read[0]++;
		};
		do {
			read[0] = 0;
			if (last[0] == null) {
				jdbc.query(FIRST_TEXTS, take, batch);
			}
			else {
				jdbc.query(NEXT_TEXTS, take, last[0], batch);
			}
		}
		while (read[0] == batch);
		ProductPageTexts built = builder.build(generation);
		// read after the generation: texts of a later change may be in it, but never older ones than the generation's
		if (cache.generation() != generation) {
			return false;
		}
		texts = built;
		return true;
	}

	/** The products most like {@code item} ({@link RelatedProducts}), as {@link Catalogue#related} finds them. */
	public List<CatalogueItem> related(CatalogueItem item, int limit) {
		List<CatalogueItem> found = related.fromIndex(item, limit);
		return found != null ? found : catalogue.related(item, limit);
	}

	private static final String BY_SLUG = "select product_id, slug, name, description, story, ingredients, packaging,"
			+ " unit, price_vnd, producer_id, producer_slug, producer_name, legal_form, product_set_code,"
			+ " product_set_name, group_code, group_name, commune_code, commune_name, district_code, district_name,"
			+ " certificate_code, certificate_status, stars, certified_on, valid_until, has_photo, refreshed_at"
			+ " from portal_catalogue_entry where slug = ?";

	/** Entries whose texts {@link #keepTexts} reads per query. */
	static final int TEXTS_BATCH = 2_000;

	private static final String TEXTS = "select product_id, slug, refreshed_at, description, story, ingredients,"
			+ " packaging from portal_catalogue_entry";

	private static final String FIRST_TEXTS = TEXTS + " order by product_id fetch first ? rows only";

	private static final String NEXT_TEXTS = TEXTS + " where product_id > ? order by product_id fetch first ? rows only";

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
}
