package vn.ocop.reporting;

import java.math.BigDecimal;

/**
 * The sums of the current reports of a unit's producers for one month.
 *
 * @param reported producers that reported
 * @param expected producers expected to report (with a product in the programme by the due day, or that reported)
 */
public record ReportSummary(String period, String unitCode, int reported, int expected, long revenueVnd,
		BigDecimal productionVolume, long workers) {
}
