package vn.ocop.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the public verification page says about a certificate code: nothing more than a buyer needs.
 *
 * @param status VALID, DOWNGRADED, EXPIRED or REVOKED (never SUPERSEDED: a replaced certificate answers EXPIRED and
 * names its successor in {@code replacedBy})
 * @param stars the stars now
 * @param issuedStars the stars first recognised
 * @param communeName the commune of origin, by the structure in force when the product was registered
 * @param downgrade the latest downgrade decision, if any
 * @param revocation the revocation decision, if revoked
 * @param revision changes whenever the certificate changes (for caches and ETags)
 */
public record Verification(String code, CertificateStatus status, int stars, int issuedStars, String productName,
		String producerName, String communeName, LocalDate validFrom, LocalDate validUntil, DecisionView decision,
		@Nullable DecisionView downgrade, @Nullable DecisionView revocation, @Nullable String replacedBy,
		boolean hasPhoto, long revision) {
}
