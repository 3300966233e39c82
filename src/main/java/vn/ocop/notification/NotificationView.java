package vn.ocop.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notice as its reader sees it, with the text already in the reader's language.
 */
public record NotificationView(UUID id, String topic, String text, @Nullable String link, Instant createdAt,
		boolean read, boolean emailed) {
}
