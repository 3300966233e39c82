package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.ocop.geography.UnitLevel;

/**
 * One reporting unit in the province view of a month: its producers' reporting and sums, and its own report.
 *
 * @param late the unit's report is missing after its due day, or was submitted after it
 */
public record UnitMonth(String unitCode, String unitName, UnitLevel unitLevel, int producersExpected,
		int producersReported, long revenueVnd, BigDecimal productionVolume, long workers,
		@Nullable UnitReportView report, boolean late, LocalDate dueOn) {
}
