package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The provincial office recognised a product and issued its certificate.
 */
public record CertificateIssued(String code, UUID productId, UUID producerId, int stars, LocalDate validFrom,
		LocalDate validUntil, String decisionNumber) {
}
