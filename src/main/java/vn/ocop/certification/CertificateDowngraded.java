package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

import vn.ocop.registry.ProductCertification;

/**
 * A decision lowered the stars of a certificate in force, with immediate effect (the registry lowers the product's).
 */
public record CertificateDowngraded(String code, UUID productId, UUID producerId, int fromStars, int toStars,
		String decisionNumber, LocalDate decisionDate) implements ProductCertification.Downgraded {
}
