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

	/**
	 * The report's content: the sums of its producers' reports, the difficulties given (else those compiled from the
	 * producers' reports) and the unit's assessment; 422 naming the field for a text too long.
	 */
	UnitReport.Content content(ReportSummary sums, String compiledDifficulties) {
		String text = difficulties == null || difficulties.isBlank() ? compiledDifficulties : difficulties;
		Fields.requireLength("difficulties", text, 4000);
		Fields.requireLength("strengths", strengths, NewProducerReport.MAX_TEXT);
		Fields.requireLength("problems", problems, NewProducerReport.MAX_TEXT);
		Fields.requireLength("proposals", proposals, NewProducerReport.MAX_TEXT);
		return new UnitReport.Content(sums.expected(), sums.reported(), sums.productionVolume(), sums.revenueVnd(),
				(int) Math.min(Integer.MAX_VALUE, sums.workers()), text, strengths, problems, proposals);
	}
}
