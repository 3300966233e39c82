package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request to change a certified product's recognised details, with the details before and after. */
public record CertifiedChangeView(UUID id, UUID productId, String currentName, String name, String currentSetCode,
		String productSetCode, @Nullable String packaging, @Nullable String story, String reason,
		CertifiedChangeStatus status, Instant requestedAt, String requestedBy, @Nullable Instant decidedAt,
		@Nullable String decidedBy, @Nullable String decisionNote) {
}
