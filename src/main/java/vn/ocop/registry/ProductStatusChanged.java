package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product moved through its lifecycle (registered, selected, submitted, …, certified, revoked).
 */
public record ProductStatusChanged(UUID productId, UUID producerId, int cycleYear, @Nullable ProductStatus from,
		ProductStatus to, Instant at) {
}
