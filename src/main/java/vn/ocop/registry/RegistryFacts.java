package vn.ocop.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ocop.geography.UnitAt;

/**
 * Lean, unscoped facts about products and producers for statistics (the programme's KPI dashboard): one small row
 * per record, read with a single plain SQL query (no entities), so that a national-size registry is counted in
 * milliseconds. The rows are kept between calls while the table's fingerprint (row count and sum of the optimistic
 * lock versions, which every insert and every update through the entities changes) stays the same, so that the
 * answer is always that of the committed data while repeated dashboards skip the reading. Callers decide who may
 * see the aggregates; no names or personal data are returned.
 */
@Service
@Transactional(readOnly = true)
public class RegistryFacts {

	/** One product, as statistics need it. */
	public record ProductFact(UUID id, UUID producerId, int cycleYear, UnitAt unitAt,
			String productSetCode, RegistrationType registrationType, ProductStatus status, int reachedStage,
			@Nullable Integer stars, Instant createdAt, Instant statusChangedAt,
			vn.ocop.criteria.@Nullable DossierType dossierType, @Nullable LocalDate filedOn) {

		/** A re-evaluation or upgrade dossier filed in the year, for a product of an earlier cycle. */
		public boolean renewalFiledIn(int year) {
			return cycleYear < year && filedOn != null && filedOn.getYear() == year
					&& (dossierType == vn.ocop.criteria.DossierType.RE_EVALUATION
							|| dossierType == vn.ocop.criteria.DossierType.UPGRADE);
		}
	}

	/** One producer, as statistics need it. */
	public record ProducerFact(UUID id, UnitAt unitAt, LegalForm legalForm,
			@Nullable Integer programmeYear, boolean newlyFounded, Instant createdAt) {
	}

	private static final String PRODUCT_COLUMNS = "select id, producer_id, cycle_year, commune_code, unit_date, "
			+ "product_set_code, registration_type, status, reached_stage, stars, created_at, status_changed_at, "
			+ "dossier_type, filed_on "
			+ "from registry_product";

	/** Rows read at a fingerprint of their table. */
	record Snapshot<T>(long rows, long versions, List<T> facts) {
	}

	private final JdbcClient jdbc;
	private final AtomicReference<Snapshot<ProductFact>> products = new AtomicReference<>();
	private final AtomicReference<Snapshot<ProducerFact>> producers = new AtomicReference<>();

	RegistryFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The products of one annual cycle. */
	public List<ProductFact> products(int cycleYear) {
		return allProducts().stream().filter(p -> p.cycleYear() == cycleYear).toList();
	}

	/** Every product of the registry (for measures that follow products across cycles). */
	public List<ProductFact> allProducts() {
		return cached(jdbc, "registry_product", products,
				() -> jdbc.sql(PRODUCT_COLUMNS).query(RegistryFacts::product).list());
	}

	/** Every producer. */
	public List<ProducerFact> producers() {
		return cached(jdbc, "registry_producer", producers, () -> jdbc.sql("select id, commune_code, unit_date, "
				+ "legal_form, programme_year, newly_founded, created_at from registry_producer")
				.query((rs, row) -> new ProducerFact(rs.getObject(1, UUID.class),
						new UnitAt(rs.getString(2), rs.getObject(3, LocalDate.class)), LegalForm.valueOf(rs.getString(4)), (Integer) rs.getObject(5),
						rs.getBoolean(6), instant(rs, 7)))
				.list());
	}

	/**
	 * The facts of a table with a {@code version} column: the kept ones while its fingerprint is unchanged, else
	 * read again (the fingerprint is read first, so the kept rows are never older than it).
	 */
	static <T> List<T> cached(JdbcClient jdbc, String table, AtomicReference<Snapshot<T>> holder,
			Supplier<List<T>> read) {
		long[] fingerprint = jdbc.sql("select count(*), coalesce(sum(version), 0) from " + table)
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		var kept = holder.get();
		if (kept != null && kept.rows() == fingerprint[0] && kept.versions() == fingerprint[1]) {
			return kept.facts();
		}
		var fresh = List.copyOf(read.get());
		holder.set(new Snapshot<>(fingerprint[0], fingerprint[1], fresh));
		return fresh;
	}

	private static ProductFact product(ResultSet rs, int row) throws SQLException {
		return new ProductFact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
				new UnitAt(rs.getString(4), rs.getObject(5, LocalDate.class)), rs.getString(6), RegistrationType.valueOf(rs.getString(7)),
				ProductStatus.valueOf(rs.getString(8)), rs.getInt(9), (Integer) rs.getObject(10), instant(rs, 11),
				instant(rs, 12), rs.getString(13) == null ? null : vn.ocop.criteria.DossierType.valueOf(rs.getString(13)),
				rs.getObject(14, LocalDate.class));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
