package vn.ocop.reporting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whether a producer has reported a month: the report if so, and whether it is late (not reported after the due
 * day, or submitted after it).
 */
public record ReportingStatus(UUID producerId, String producerName, String communeCode, String reportingUnitCode,
		String reportingUnitName, boolean reported, boolean late, @Nullable UUID reportId, @Nullable Integer version,
		@Nullable Long revenueVnd, @Nullable Instant submittedAt) {
}
