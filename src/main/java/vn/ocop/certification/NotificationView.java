package vn.ocop.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An in-app notice about a certificate, for its producer or for the officers of its area.
 *
 * @param kind EXPIRY_REMINDER, EXPIRED, DOWNGRADED or REVOKED
 * @param audience PRODUCER or OFFICE
 * @param daysBefore for reminders: 90, 60 or 30 days before the last day
 */
public record NotificationView(UUID id, String kind, String audience, String code, UUID productId,
		String productName, @Nullable Integer daysBefore, @Nullable Integer stars, LocalDate validUntil,
		Instant createdAt) {
}
