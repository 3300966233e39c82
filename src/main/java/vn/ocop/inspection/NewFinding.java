package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;

/** A finding as recorded: the checklist item it concerns, what was found, the sanction proposed. */
public record NewFinding(@Nullable ChecklistItem item, String description, @Nullable Sanction sanction,
		@Nullable Integer starsDown) {
}
