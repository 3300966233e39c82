package vn.ocop.reporting;

import java.util.UUID;

/** A producer submitted (or corrected: {@code version > 1}) its report for a month. */
public record MonthlyReportSubmitted(UUID reportId, UUID producerId, String period, int version) {
}
