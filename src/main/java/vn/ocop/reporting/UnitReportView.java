package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.geography.UnitLevel;

/** A reporting unit's monthly report to the province, one version of it. */
public record UnitReportView(UUID id, String unitCode, String unitName, UnitLevel unitLevel, String period,
		int version, boolean current, String status, int producersExpected, int producersReported,
		BigDecimal productionVolume, long revenueVnd, int workers, @Nullable String difficulties,
		@Nullable String strengths, @Nullable String problems, @Nullable String proposals,
		@Nullable String correctionReason, boolean late, LocalDate dueOn, Instant submittedAt, String submittedBy) {
}
