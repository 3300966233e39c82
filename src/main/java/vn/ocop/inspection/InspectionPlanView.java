package vn.ocop.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A year's inspection plan with its lines. */
public record InspectionPlanView(UUID id, int year, String title, @Nullable String agencies,
		Set<ChecklistItem> checklist, PlanStatus status, @Nullable String note, String createdBy, Instant createdAt,
		@Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable String decisionNote, List<PlanItemView> items) {
}
