package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

import vn.ocop.registry.ProductCertification;

/**
 * A certificate was revoked by a decision, with immediate effect; the registry makes the product REVOKED when the
 * certificate was in force.
 *
 * @param wasInForce whether it was in force when revoked (a lapsed or replaced certificate may be revoked too)
 * @param actor who recorded the decision
 * @param note the decision as the product's timeline names it
 */
public record CertificateRevoked(String code, UUID productId, UUID producerId, String decisionNumber,
		LocalDate decisionDate, String reason, boolean wasInForce, String actor, String note)
		implements ProductCertification.Revoked {
}
