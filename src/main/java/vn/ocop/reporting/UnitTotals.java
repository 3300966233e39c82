package vn.ocop.reporting;

import java.math.BigDecimal;

/** The sums of one reporting unit's producers for a month (see {@link MonthlyReporting#totalsByUnit}). */
public record UnitTotals(String unitCode, String unitName, int reported, long revenueVnd, BigDecimal productionVolume,
		long workers) {
}
