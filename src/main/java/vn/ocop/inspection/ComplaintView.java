package vn.ocop.inspection;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A public complaint as the office's queue shows it. */
public record ComplaintView(UUID id, String certificateCode, String productName, String producerName,
		String description, @Nullable String reporterName, @Nullable String reporterContact, boolean hasPhoto,
		ComplaintStatus status, @Nullable UUID inspectionId, @Nullable String handledBy, @Nullable Instant handledAt,
		@Nullable String note, Instant receivedAt) {
}
