package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/** A finding as recorded: the checklist item it concerns, what was found, the sanction proposed. */
public record NewFinding(@Nullable ChecklistItem item, String description, @Nullable Sanction sanction,
		@Nullable Integer starsDown) {

	/**
	 * The sanction proposed ({@link Sanction#NONE} when none); 422 for a blank or too long description, or a
	 * downgrade by other than 1 or 2 stars.
	 */
	Sanction requireValid() {
		if (description == null || description.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "description");
		}
		if (description.length() > 2000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "description", 2000);
		}
		Sanction proposed = sanction == null ? Sanction.NONE : sanction;
		if (proposed == Sanction.DOWNGRADE && (starsDown == null || starsDown < 1 || starsDown > 2)) {
			throw BusinessRuleException.unprocessable("monitoring.finding.starsDown");
		}
		return proposed;
	}
}
