package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/**
 * A complaint as sent from the public form.
 *
 * @param clientKey who sends it (the client address), for the hourly limit; never stored
 */
public record NewComplaint(String certificateCode, String description, @Nullable String reporterName,
		@Nullable String reporterContact, byte @Nullable [] photo, String clientKey) {

	/** 422 naming the field for a missing, too short or too long description, or a reporter's name or contact too long. */
	void requireValid() {
		if (description == null || description.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "description");
		}
		if (description.strip().length() < 10) {
			throw BusinessRuleException.unprocessable("monitoring.complaint.tooShort", 10);
		}
		if (description.length() > 2000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "description", 2000);
		}
		if (reporterName != null && reporterName.length() > 200) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "reporterName", 200);
		}
		if (reporterContact != null && reporterContact.length() > 200) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "reporterContact", 200);
		}
	}
}
