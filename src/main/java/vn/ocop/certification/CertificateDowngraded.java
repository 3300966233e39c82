package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision lowered the stars of a certificate in force, with immediate effect.
 */
public record CertificateDowngraded(String code, UUID productId, UUID producerId, int fromStars, int toStars,
		String decisionNumber, LocalDate decisionDate) {
}
