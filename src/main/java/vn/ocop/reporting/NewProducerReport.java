package vn.ocop.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

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

	static final int MAX_TEXT = 2000;

	/** The figures as recorded; 422 naming the field for a missing, negative or malformed one, or a text too long. */
	ProducerReport.Figures figures() {
		if (productionVolume == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "productionVolume");
		}
		if (revenueVnd == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "revenueVnd");
		}
		if (workers == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "workers");
		}
		if (productionVolume.signum() < 0 || productionVolume.compareTo(new BigDecimal("1e15")) >= 0
				|| productionVolume.scale() > 2 && productionVolume.stripTrailingZeros().scale() > 2) {
			throw BusinessRuleException.unprocessable("monitoring.field.invalidNumber", "productionVolume");
		}
		if (revenueVnd < 0) {
			throw BusinessRuleException.unprocessable("monitoring.field.negative", "revenueVnd");
		}
		if (workers < 0 || workers > 1_000_000) {
			throw BusinessRuleException.unprocessable("monitoring.field.invalidNumber", "workers");
		}
		Fields.requireLength("difficulties", difficulties, MAX_TEXT);
		Fields.requireLength("supportRequests", supportRequests, MAX_TEXT);
		Set<SalesChannel> channels = salesChannels == null || salesChannels.isEmpty() ? Set.of()
				: EnumSet.copyOf(salesChannels);
		return new ProducerReport.Figures(productionVolume.setScale(2, RoundingMode.HALF_UP), revenueVnd, workers,
				channels, difficulties, supportRequests);
	}
}
