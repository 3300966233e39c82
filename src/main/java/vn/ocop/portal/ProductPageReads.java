package vn.ocop.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a product page reads on every visit — its entry and its related products — without the transaction
 * interceptor of {@link Catalogue} around each read (beginning and ending even an empty {@code SUPPORTS} transaction
 * was about 5 % of a product page's CPU at 100,000 entries): the entry's row with one plain query, the related
 * products from the index in memory ({@link RelatedProducts#fromIndex}); {@link Catalogue} answers when these
 * cannot (a transaction in progress, the index not built).
 */
@Component
public class ProductPageReads {

	private final Catalogue catalogue;
	private final RelatedProducts related;
	private final JdbcTemplate jdbc;

	ProductPageReads(Catalogue catalogue, RelatedProducts related, JdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.related = related;
		this.jdbc = jdbc;
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
		return jdbc.query(BY_SLUG, ProductPageReads::item, slug).stream().findFirst();
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
