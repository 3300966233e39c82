package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A producer's monthly report, one version of it. {@code current} is false for a version replaced by a correction.
 *
 * @param period the month reported, {@code YYYY-MM}
 * @param reportingUnitCode the district (until June 2025) or commune (from July 2025) the report went to
 * @param late whether it was submitted after the due day
 */
public record ProducerReportView(UUID id, UUID producerId, String producerName, String communeCode, String period,
		int version, boolean current, String status, BigDecimal productionVolume, long revenueVnd, int workers,
		Set<SalesChannel> salesChannels, @Nullable String difficulties, @Nullable String supportRequests,
		@Nullable String correctionReason, String reportingUnitCode, boolean late, LocalDate dueOn,
		Instant submittedAt, String submittedBy) {
}
