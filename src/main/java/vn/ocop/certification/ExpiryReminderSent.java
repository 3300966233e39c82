package vn.ocop.certification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The producer and the officers of its area were reminded that a certificate expires in {@code daysBefore} days
 * (in-app; a mail module can deliver the same reminder by e-mail from this event).
 */
public record ExpiryReminderSent(String code, UUID productId, UUID producerId, String communeCode, int daysBefore,
		LocalDate validUntil) {
}
