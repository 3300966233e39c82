package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

import vn.ocop.registry.ProductCertification;

/**
 * The provincial office recognised a product and issued its certificate; the registry makes the product CERTIFIED.
 *
 * @param actor who recorded the decision
 * @param note the decision as the product's timeline names it
 */
public record CertificateIssued(String code, UUID productId, UUID producerId, int stars, LocalDate validFrom,
		LocalDate validUntil, String decisionNumber, String actor, String note) implements ProductCertification.Issued {
}
