package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate was revoked by a decision, with immediate effect.
 */
public record CertificateRevoked(String code, UUID productId, UUID producerId, String decisionNumber,
		LocalDate decisionDate, String reason) {
}
