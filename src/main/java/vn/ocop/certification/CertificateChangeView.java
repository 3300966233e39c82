package vn.ocop.certification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a certificate's history: issued, downgraded, reminded, expired, superseded or revoked.
 */
public record CertificateChangeView(String kind, Instant at, String by, @Nullable Integer fromStars,
		@Nullable Integer toStars, @Nullable DecisionView decision, @Nullable String note) {
}
