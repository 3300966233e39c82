package vn.ocop.planning;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A target of a plan.
 *
 * @param measure the code of the {@link KpiMeasure} that counts it from the records, {@code null} if none yet
 */
public record TargetView(UUID id, String code, String label, BigDecimal amount, String unit, @Nullable String measure,
		@Nullable String note) {
}
