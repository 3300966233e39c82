package vn.ocop.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
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

		static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

		static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

		/** The value before, as one line of text for people ({@code ""} for no value). */
		public String beforeText() {
			return text(before);
		}

		/** The value after, as one line of text for people ({@code ""} for no value). */
		public String afterText() {
			return text(after);
		}

		/** The value before, with instants (ISO-8601 in UTC) shown as local time in {@code zone}. */
		public String beforeText(ZoneId zone) {
			return text(before, zone);
		}

		/** The value after, with instants (ISO-8601 in UTC) shown as local time in {@code zone}. */
		public String afterText(ZoneId zone) {
			return text(after, zone);
		}

		/** Whether the values are hidden. */
		public boolean masked() {
			return MASKED.equals(before) || MASKED.equals(after);
		}

		static String text(@Nullable Object value) {
			return text(value, null);
		}

		static String text(@Nullable Object value, @Nullable ZoneId zone) {
			if (value == null) {
				return "";
			}
			if (value instanceof Collection<?> values) {
				return values.stream().map(v -> text(v, zone)).collect(Collectors.joining(", ", "[", "]"));
			}
			if (value instanceof Map<?, ?> values) {
				return values.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue(), zone))
						.collect(Collectors.joining(", ", "{", "}"));
			}
			String text = String.valueOf(value);
			// yes/no in any language: a recorded flag is shown as a tick or a cross, never as "true"/"false"
			if (value instanceof Boolean || "true".equals(text) || "false".equals(text)) {
				return "true".equals(text) ? "✓" : "✗";
			}
			if (zone != null && INSTANT.matcher(text).matches()) {
				try {
					return LOCAL_TIME.format(Instant.parse(text).atZone(zone));
				}
				catch (DateTimeParseException e) {
					return text;
				}
			}
			return text;
		}
	}
}
