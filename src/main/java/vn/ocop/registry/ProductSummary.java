package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product as other modules and the API see it.
 */
public record ProductSummary(UUID id, String name, UUID producerId, String producerName, int cycleYear,
		String regulationCode, String productSetCode, String communeCode, LocalDate unitDate,
		RegistrationType registrationType, @Nullable String description, @Nullable String ingredients,
		@Nullable String packaging, @Nullable String shelfLife, @Nullable String unit, @Nullable Long priceVnd,
		@Nullable String gtin, @Nullable String story, ProductStatus status, @Nullable Integer stars,
		Instant createdAt, Instant statusChangedAt) {
}
