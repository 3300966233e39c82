package vn.ocop.shop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A listing as the shop, the API and the producer's pages show it.
 *
 * @param stars the stars of the product's certificate now in force (lower after a downgrade)
 * @param suspension why it was hidden automatically (EXPIRED or REVOKED), if it was
 * @param onSale whether a buyer may buy it today
 */
public record ListingView(UUID id, UUID productId, UUID producerId, String productName, String producerName,
		String productSetCode, String communeCode, String certificateCode, int stars, String title,
		@Nullable String variant, String unit, long priceVnd, int stock, @Nullable Integer weightGrams,
		@Nullable String deliveryArea, @Nullable Integer leadTimeDays, @Nullable String description, int photos,
		ListingStatus status, @Nullable String suspension, boolean onSale, Instant createdAt) {
}
