package vn.ocop.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: a change of one record, as other modules and the screens see it.
 *
 * @param occurredAt when the change was made (UTC)
 * @param actor the name of the signed-in user who made it, {@code system} for changes made by the application
 * itself (e.g. seeding at start-up), {@code anonymous} for changes made by an anonymous visitor
 * @param action what happened to the record
 * @param entityType the simple class name of the entity, e.g. {@code UserAccount}
 * @param entityId the identifier of the record as text
 * @param changes the changed properties by name, each with its value before and after (in the order in which the
 * persistence mapping lists them); for a new record every property that has a value, for a deleted one every
 * property it had
 * @param reason why the change was made, if the code that made it said so ({@link AuditContext#withReason})
 */
public record AuditRecord(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
		Map<String, Change> changes, @Nullable String reason) {

	/** Text that stands for a value the log does not show (e.g. a password hash). */
	public static final String MASKED = "***";

	public AuditRecord {
		changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
	}

	/**
	 * A property's value before and after a change. Values are JSON-like: text (dates and times in ISO-8601, enums
	 * by name, other records by their identifier), numbers, booleans, lists (collections) or maps (embedded values),
	 * {@code null} for no value, and {@value AuditRecord#MASKED} where the value is hidden.
	 *
	 * @param before the value before the change; {@code null} for a new record
	 * @param after the value after the change; {@code null} for a deleted record
	 */
	public record Change(@Nullable Object before, @Nullable Object after) {

		/** The value before, as one line of text for people ({@code ""} for no value). */
		public String beforeText() {
			return text(before);
		}

		/** The value after, as one line of text for people ({@code ""} for no value). */
		public String afterText() {
			return text(after);
		}

		/** Whether the values are hidden. */
		public boolean masked() {
			return MASKED.equals(before) || MASKED.equals(after);
		}

		static String text(@Nullable Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof Collection<?> values) {
				return values.stream().map(Change::text).collect(Collectors.joining(", ", "[", "]"));
			}
			if (value instanceof Map<?, ?> values) {
				return values.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
						.collect(Collectors.joining(", ", "{", "}"));
			}
			return String.valueOf(value);
		}
	}
}
