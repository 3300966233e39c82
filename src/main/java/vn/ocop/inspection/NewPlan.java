package vn.ocop.inspection;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/** A year's inspection plan as drafted: title, agencies taking part, checklist (every item when empty), note. */
public record NewPlan(int year, String title, @Nullable String agencies, @Nullable Set<ChecklistItem> checklist,
		@Nullable String note) {

	/** 422 for a year before the programme's records (2019) or after next year, or a blank title. */
	void requireValid(int thisYear) {
		if (year < 2019 || year > thisYear + 1) {
			throw BusinessRuleException.unprocessable("monitoring.plan.year", year);
		}
		requireTitle();
	}

	void requireTitle() {
		if (title == null || title.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "title");
		}
	}
}
