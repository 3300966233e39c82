package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/** A checklist item of an inspection: its outcome once recorded. */
public record CheckView(ChecklistItem item, @Nullable CheckResult result, @Nullable String note) {

	/** The outcome to record; 422 without an item or a result, or with a note over 1,000 characters. */
	Inspection.Check toCheck() {
		if (item == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "item");
		}
		if (result == null) {
			throw BusinessRuleException.unprocessable("monitoring.check.resultRequired", item);
		}
		if (note != null && note.length() > 1000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "note", 1000);
		}
		return new Inspection.Check(item, result, note == null || note.isBlank() ? null : note.strip());
	}
}
