package vn.ocop.inspection;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A year's inspection plan as drafted: title, agencies taking part, checklist (every item when empty), note. */
public record NewPlan(int year, String title, @Nullable String agencies, @Nullable Set<ChecklistItem> checklist,
		@Nullable String note) {
}
