package vn.ocop.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A reporting unit's monthly report as submitted: the figures are the sums of its producers' reports at the time
 * (computed, not typed); the unit adds the difficulties it retains and its own assessment.
 *
 * @param unitCode the district (periods before July 2025) or commune code
 * @param period {@code YYYY-MM}
 */
public record NewUnitReport(String unitCode, String period, @Nullable String difficulties,
		@Nullable String strengths, @Nullable String problems, @Nullable String proposals) {
}
