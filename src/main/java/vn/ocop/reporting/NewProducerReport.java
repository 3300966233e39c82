package vn.ocop.reporting;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A producer's monthly report as entered (by the producer, or an officer on its behalf).
 *
 * @param period the month reported, {@code YYYY-MM}
 * @param productionVolume the month's output in the product's own unit (kg, litres, pieces…)
 * @param revenueVnd the month's revenue in VND
 * @param workers people working in the month
 */
public record NewProducerReport(UUID producerId, String period, BigDecimal productionVolume, Long revenueVnd,
		Integer workers, @Nullable Set<SalesChannel> salesChannels, @Nullable String difficulties,
		@Nullable String supportRequests) {
}
