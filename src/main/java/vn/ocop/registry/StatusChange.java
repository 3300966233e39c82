package vn.ocop.registry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A step of a product's timeline.
 */
public record StatusChange(@Nullable ProductStatus from, ProductStatus to, Instant at, String by,
		@Nullable String reason) {
}
