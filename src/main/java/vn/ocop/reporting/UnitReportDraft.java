package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.ocop.geography.UnitLevel;

/**
 * The unit's report as the form opens: pre-filled with the sums of its producers' current reports and the list of
 * their difficulties and requests; with the current submitted version if there is one.
 */
public record UnitReportDraft(String unitCode, String unitName, UnitLevel unitLevel, String period, LocalDate dueOn,
		int producersExpected, int producersReported, BigDecimal productionVolume, long revenueVnd, long workers,
		String difficulties, List<ReportingStatus> producers, @Nullable UnitReportView submitted,
		List<UnitReportView> versions) {
}
