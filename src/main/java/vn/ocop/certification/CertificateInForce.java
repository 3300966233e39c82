package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate in force today, with the public facts a catalogue needs to rebuild itself (nothing beyond what the
 * verification page shows).
 *
 * @param status VALID or DOWNGRADED
 * @param stars the stars now
 * @param hasPhoto whether the public verification page has the product photo copied at issue
 */
public record CertificateInForce(String code, UUID productId, UUID producerId, int stars, CertificateStatus status,
		LocalDate validFrom, LocalDate validUntil, boolean hasPhoto) {
}
