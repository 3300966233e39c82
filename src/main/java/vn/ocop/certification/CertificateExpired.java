package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

import vn.ocop.registry.ProductCertification;

/**
 * A certificate reached the end of its validity: the product no longer carries the OCOP mark (registry, catalogue,
 * shop and KPIs react to this).
 *
 * @param actor who marked it expired (the expiry job, or the officer who entered an old decision)
 */
public record CertificateExpired(String code, UUID productId, UUID producerId, int stars, LocalDate validUntil,
		String actor) implements ProductCertification.Expired {
}
