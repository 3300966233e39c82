package vn.ocop.geography;

import java.time.LocalDate;

/**
 * A reorganisation mapping as imported.
 *
 * @param effectiveFrom the day the reorganisation took effect
 * @param mappings number of {@code old → new} lines
 */
public record SuccessionSummary(LocalDate effectiveFrom, int mappings) {
}
