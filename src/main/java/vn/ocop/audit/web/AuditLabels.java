package vn.ocop.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.audit.AuditRecord;

/**
 * The words of the audit log for people ({@code ${@auditLabels…}} in the templates): a record's type, a property's
 * name and an enum value in the language of the page, from the message bundles — {@code audit.entity.<Type>},
 * {@code audit.field.<Type>.<property>} or {@code audit.field.<property>}, {@code audit.value.<Type>.<property>.<VALUE>}
 * or {@code audit.value.<VALUE>}. Which properties hold enum values is read from the persistence metamodel, so a
 * code that only looks like one (a checkout code, "TMDT") is shown as it is. Where no message exists the name is made
 * readable ("filingDate" → "filing date", "IN_PROGRESS" → "in progress") rather than shown raw.
 */
@Component
public class AuditLabels {

	static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
	static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
	static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	/** A media type as a file's detected type is kept ({@code application/pdf}, {@code image/jpeg}). */
	static final Pattern MEDIA_TYPE = Pattern.compile("(application|image|text|audio|video)/[a-z0-9.+-]+");

	private final MessageSource messages;
	/** "Entity.property" → the enum its values are constants of. */
	private final Map<String, Class<?>> enums = new HashMap<>();
	/** The recorded properties of every entity of the platform, by its type ("Entity"). */
	private final Map<String, java.util.SortedSet<String>> properties = new java.util.TreeMap<>();

	AuditLabels(MessageSource messages, EntityManagerFactory entities) {
		this.messages = messages;
		for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
			Class<?> mapped = entity.getJavaType();
			if (mapped == null || !mapped.getName().startsWith("vn.ocop.")
					|| mapped.getPackageName().startsWith("vn.ocop.audit")) {
				continue;
			}
			var names = properties.computeIfAbsent(mapped.getSimpleName(), t -> new java.util.TreeSet<>());
			for (Attribute<?, ?> attribute : entity.getAttributes()) {
				if (attribute instanceof jakarta.persistence.metamodel.SingularAttribute<?, ?> singular
						&& (singular.isId() || singular.isVersion())) {
					continue;
				}
				names.add(attribute.getName());
				Class<?> type = attribute instanceof PluralAttribute<?, ?, ?> plural
						? plural.getElementType().getJavaType() : attribute.getJavaType();
				if (type != null && type.isEnum()) {
					enums.put(entity.getJavaType().getSimpleName() + "." + attribute.getName(), type);
				}
			}
		}
	}

	/** The recorded properties of every entity of the platform, by type. */
	public Map<String, java.util.SortedSet<String>> properties() {
		return java.util.Collections.unmodifiableMap(properties);
	}

	/** The enum types of every property of every entity that holds enum values, by "Entity.property". */
	public Map<String, Class<?>> enumProperties() {
		return Map.copyOf(enums);
	}

	/** Whether the change is one people read: Hibernate's internal back-references are not. */
	public boolean shown(String property) {
		return !property.startsWith("_");
	}

	/** Whether the property records a person by username (createdBy, reviewer …): shown with the person's name. */
	public boolean person(String property) {
		return AuditPeople.holdsPerson(property);
	}

	/** The name of a type of record. */
	public String entity(String type) {
		return message("audit.entity." + type, () -> words(type));
	}

	/** The name of a property of a type of record. */
	public String field(String type, String property) {
		String specific = messages.getMessage("audit.field." + type + "." + property, null, null, locale());
		return specific != null ? specific : message("audit.field." + property, () -> words(property));
	}

	/** A recorded value (before or after) as one line of text, enum values named, instants in the zone. */
	public String value(String type, String property, @Nullable Object value, ZoneId zone) {
		boolean enumerated = enums.containsKey(type + "." + property);
		return text(type, property, value, zone, enumerated);
	}

	private String text(String type, String property, @Nullable Object value, ZoneId zone, boolean enumerated) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(v -> text(type, property, v, zone, enumerated))
					.collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> values) {
			return values.entrySet().stream()
					.map(e -> words(String.valueOf(e.getKey())) + ": " + text(type, property, e.getValue(), zone, false))
					.collect(Collectors.joining(", ", "{", "}"));
		}
		String text = String.valueOf(value);
		if (value instanceof Boolean || "true".equals(text) || "false".equals(text)) {
			return "true".equals(text) ? "✓" : "✗";
		}
		if (AuditRecord.MASKED.equals(text)) {
			return text;
		}
		if (structured(text)) {
			// a result kept as JSON (a session's computed score): its keys are the program's, not words for people
			return message("audit.value.structured", () -> "JSON");
		}
		if (enumerated) {
			String specific = messages.getMessage("audit.value." + type + "." + property + "." + text, null, null,
					locale());
			return specific != null ? specific : message("audit.value." + text, () -> words(text));
		}
		if (INSTANT.matcher(text).matches()) {
			try {
				return LOCAL_TIME.format(Instant.parse(text).atZone(zone));
			}
			catch (DateTimeParseException e) {
				return text;
			}
		}
		if (DATE.matcher(text).matches()) {
			try {
				return LOCAL_DATE.format(java.time.LocalDate.parse(text));
			}
			catch (DateTimeParseException e) {
				return text;
			}
		}
		if (MEDIA_TYPE.matcher(text).matches()) {
			// a file's type in words ("tệp PDF", "ảnh JPEG"), not the technical name
			return message("audit.media." + text, () -> messages.getMessage("audit.media.other",
					new Object[] { text.substring(text.indexOf('/') + 1).toUpperCase(Locale.ROOT) }, text, locale()));
		}
		return text;
	}

	/** Whether the text is a JSON object or list of objects (a stored document, not a value to read). */
	static boolean structured(String text) {
		String t = text.strip();
		return t.length() > 1 && ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[{") && t.endsWith("}]")));
	}

	private String message(String code, java.util.function.Supplier<String> fallback) {
		String text = messages.getMessage(code, null, null, locale());
		return text != null ? text : fallback.get();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** "filingDate" → "filing date", "IN_PROGRESS" → "in progress", "UserAccount" → "user account". */
	static String words(String name) {
		String spaced = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").strip();
		return spaced.toLowerCase(Locale.ROOT);
	}
}
