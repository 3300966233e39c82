package vn.ocop.reporting;

import java.time.LocalDate;
import java.util.List;

/** The province's view of a month: every reporting unit, the late ones, and the province-wide sums. */
public record ProvinceMonth(String period, LocalDate unitDueOn, ReportSummary total, List<UnitMonth> units,
		List<UnitMonth> late, List<MonthlyTotals> trend) {
}
