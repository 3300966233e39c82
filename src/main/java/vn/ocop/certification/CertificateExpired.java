package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate reached the end of its validity: the product no longer carries the OCOP mark (catalogue, shop and
 * KPIs react to this).
 */
public record CertificateExpired(String code, UUID productId, UUID producerId, int stars, LocalDate validUntil) {
}
