package vn.ocop.criteria;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scorecard being written, as shown to the office.
 *
 * @param productSetCode the product set it scores
 * @param productSetName its name in the taxonomy
 * @param regulationCode the regulation of the set
 * @param basedOn the published version it started from, if any
 * @param nextVersion the version it becomes when published now
 * @param document the document as typed ({@code ocop-criteria/1}, possibly incomplete)
 * @param check every problem of the document, and its part totals
 */
public record ScorecardDraftView(UUID id, String productSetCode, String productSetName, String regulationCode,
		@Nullable String basedOn, int nextVersion, String document, ScorecardCheck check, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy) {
}
