package vn.ocop.geography;

import java.time.LocalDate;

/**
 * A mapping line as the index keeps it: from {@code effectiveFrom}, {@code oldCode} went (partly) into
 * {@code newCode}.
 */
record Succession(String oldCode, String newCode, LocalDate effectiveFrom) {
}
