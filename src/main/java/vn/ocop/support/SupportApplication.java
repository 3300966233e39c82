package vn.ocop.support;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a producer (or an officer on its behalf) applies for.
 *
 * @param reportId the monthly report whose difficulty the request answers, or {@code null}
 */
public record SupportApplication(UUID itemId, UUID productId, String purpose, BigDecimal costEstimate,
		BigDecimal requestedAmount, @Nullable UUID reportId) {
}
