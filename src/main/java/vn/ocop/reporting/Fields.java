package vn.ocop.reporting;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/** Checks of free-text fields of the reports. */
final class Fields {

	private Fields() {
	}

	/** 422 naming the field when the text is longer than {@code max}. */
	static void requireLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", field, max);
		}
	}
}
