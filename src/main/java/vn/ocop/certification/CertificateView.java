package vn.ocop.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as the API and the back-office pages show it. {@code status} is the status on the day asked
 * (a certificate past its last day reads EXPIRED even before the nightly job records it).
 *
 * @param code the public certificate code, e.g. {@code 42-2019-7K3M9QXD}
 * @param stars the stars now (lower than {@code issuedStars} after a downgrade)
 * @param issuedStars the stars recognised by the decision
 * @param validFrom the decision's date
 * @param validUntil the last day of validity
 * @param replacedBy the code of the certificate that replaced this one after a re-evaluation
 */
public record CertificateView(String code, UUID productId, UUID producerId, String productName, String producerName,
		String communeCode, @Nullable String gtin, String regulationCode, int stars, int issuedStars,
		LocalDate validFrom, LocalDate validUntil, CertificateStatus status, DecisionView decision,
		@Nullable DecisionView revocation, @Nullable String replacedBy, Instant issuedAt, String issuedBy) {

	/** Days from {@code today} to the last day of validity (negative once expired). */
	public long daysLeft(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, validUntil);
	}
}
