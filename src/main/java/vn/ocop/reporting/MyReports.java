package vn.ocop.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A producer's reporting as its account sees it: the month now due (the last month, due by the 15th), its report
 * if submitted, and the reports of earlier months.
 */
public record MyReports(UUID producerId, String producerName, String duePeriod, LocalDate dueOn,
		@Nullable ProducerReportView dueReport, List<ProducerReportView> history) {
}
