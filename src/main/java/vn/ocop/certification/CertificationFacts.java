package vn.ocop.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ocop.geography.UnitAt;

/**
 * Lean, unscoped facts about certificates for statistics (the programme's KPI dashboard): one small row per
 * certificate, read with a single plain SQL query (no entities), kept between calls while the table's fingerprint
 * (row count and sum of the optimistic lock versions) is unchanged. Callers decide who may see the aggregates.
 */
@Service
@Transactional(readOnly = true)
public class CertificationFacts {

	/**
	 * One certificate, as statistics need it; {@code status} is the recorded one (a certificate past its last day
	 * may still read VALID until the expiry job has run: compare {@code validUntil} with the day of interest).
	 */
	public record CertificateFact(UUID id, UUID productId, UUID producerId, UnitAt unitAt,
			int issuedStars, int stars, LocalDate validFrom, LocalDate validUntil, CertificateStatus status,
			@Nullable String replacedBy) {
	}

	private record Snapshot(long rows, long versions, List<CertificateFact> facts) {
	}

	private final JdbcClient jdbc;
	private final AtomicReference<Snapshot> kept = new AtomicReference<>();

	CertificationFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every certificate ever issued. */
	public List<CertificateFact> certificates() {
		long[] fingerprint = jdbc.sql("select count(*), coalesce(sum(version), 0) from certification_certificate")
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		var snapshot = kept.get();
		if (snapshot != null && snapshot.rows() == fingerprint[0] && snapshot.versions() == fingerprint[1]) {
			return snapshot.facts();
		}
		var fresh = read();
		kept.set(new Snapshot(fingerprint[0], fingerprint[1], fresh));
		return fresh;
	}

	/** A certificate as a KPI's list of records names it. */
	public record CertificateLine(UUID id, String code, String productName, String producerName) {
	}

	/** Certificates by id with their code and names (ids not found are left out). */
	public Map<UUID, CertificateLine> lines(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, CertificateLine> lines = new LinkedHashMap<>();
		jdbc.sql("select id, code, product_name, producer_name from certification_certificate where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> new CertificateLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.list().forEach(line -> lines.put(line.id(), line));
		return lines;
	}

	private List<CertificateFact> read() {
		return List.copyOf(jdbc.sql("select id, product_id, producer_id, commune_code, unit_date, issued_stars, stars, valid_from, "
				+ "valid_until, status, replaced_by from certification_certificate")
				.query((rs, row) -> new CertificateFact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), new UnitAt(rs.getString(4), rs.getObject(5, LocalDate.class)), rs.getInt(6),
						rs.getInt(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
						CertificateStatus.valueOf(rs.getString(10)), rs.getString(11)))
				.list());
	}
}
