package vn.ocop.registry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the back-office product list; every field optional.
 *
 * @param q words to look for in the product's or producer's name (diacritics-insensitive)
 * @param status the current status
 * @param cycleYear the cycle
 * @param unitCode an administrative unit: products whose commune lies inside it
 * @param producerId one producer's products
 * @param productSetCode the product set
 * @param reachedStage products that reached at least this funnel stage (0 registered … 4 certified)
 */
public record ProductFilter(@Nullable String q, @Nullable ProductStatus status, @Nullable Integer cycleYear,
		@Nullable String unitCode, @Nullable UUID producerId, @Nullable String productSetCode,
		@Nullable Integer reachedStage) {

	public static ProductFilter none() {
		return new ProductFilter(null, null, null, null, null, null, null);
	}
}
