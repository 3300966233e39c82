package vn.ocop.reporting;

import java.util.UUID;

/** A district or commune submitted (or corrected) its monthly report to the province. */
public record UnitReportSubmitted(UUID reportId, String unitCode, String period, int version) {
}
