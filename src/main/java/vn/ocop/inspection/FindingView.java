package vn.ocop.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A finding with its proposed sanction and, once decided, the office's decision; {@code photos} are API links. */
public record FindingView(UUID id, @Nullable ChecklistItem item, String description, Sanction sanction,
		@Nullable Integer starsDown, @Nullable SanctionStatus sanctionStatus, @Nullable String decisionNumber,
		@Nullable LocalDate decisionDate, @Nullable String decisionNote, @Nullable String decidedBy,
		@Nullable Instant decidedAt, String createdBy, Instant createdAt, List<String> photos) {
}
