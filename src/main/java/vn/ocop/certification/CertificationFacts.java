package vn.ocop.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Lean, unscoped facts about certificates for statistics (the programme's KPI dashboard): one small row per
 * certificate, read with a single projection query. Callers decide who may see the aggregates.
 */
@Service
@Transactional(readOnly = true)
public class CertificationFacts {

	/**
	 * One certificate, as statistics need it; {@code status} is the recorded one (a certificate past its last day
	 * may still read VALID until the expiry job has run: compare {@code validUntil} with the day of interest).
	 */
	public record CertificateFact(UUID id, UUID productId, UUID producerId, String communeCode, LocalDate unitDate,
			int issuedStars, int stars, LocalDate validFrom, LocalDate validUntil, CertificateStatus status,
			@Nullable String replacedBy) {
	}

	private final EntityManager entityManager;

	CertificationFacts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Every certificate ever issued. */
	public List<CertificateFact> certificates() {
		return entityManager.createQuery("select new vn.ocop.certification.CertificationFacts$CertificateFact(c.id, "
				+ "c.productId, c.producerId, c.communeCode, c.unitDate, c.issuedStars, c.stars, c.validFrom, "
				+ "c.validUntil, c.status, c.replacedBy) from Certificate c", CertificateFact.class).getResultList();
	}
}
