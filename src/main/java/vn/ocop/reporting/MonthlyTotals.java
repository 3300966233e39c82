package vn.ocop.reporting;

import java.math.BigDecimal;

/**
 * Province-wide (or one unit's) sums of producers' current monthly reports for one month: revenue in VND, output
 * volume, workers, and how many producers reported.
 */
public record MonthlyTotals(String period, int reported, long revenueVnd, BigDecimal productionVolume, long workers) {
}
