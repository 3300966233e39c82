package vn.ocop.audit;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * Turns property values into short, JSON-friendly values for the log: text (ISO-8601 for dates and times, enum
 * names, identifiers of other records), numbers, booleans, lists for collections and maps for embedded values.
 * Long text is cut at {@value #MAX_TEXT} characters.
 */
final class AuditValues {

	static final int MAX_TEXT = 2000;
	private static final int MAX_ELEMENTS = 500;
	private static final String ELLIPSIS = "…";

	/** Stands for a value that is not known without loading it from the database (an unloaded collection). */
	static final Object UNKNOWN = new Object() {
		@Override
		public String toString() {
			return "?";
		}
	};

	private AuditValues() {
	}

	/** The value of a property of the given type. */
	static @Nullable Object render(Type type, @Nullable Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (type instanceof CollectionType collectionType) {
			if (value instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
				return UNKNOWN;
			}
			var persister = session.getFactory().getMappingMetamodel().getCollectionDescriptor(collectionType.getRole());
			return contents(persister, value instanceof PersistentCollection<?> collection ? collection.getValue() : value,
					session);
		}
		if (type instanceof EntityType entityType) {
			return referenceId(entityType, value, session);
		}
		if (type instanceof ComponentType componentType) {
			String[] names = componentType.getPropertyNames();
			Object[] values = componentType.getPropertyValues(value, session);
			Type[] types = componentType.getSubtypes();
			if (names.length == 1) {
				return render(types[0], values[0], session);
			}
			Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
			for (int i = 0; i < names.length; i++) {
				rendered.put(names[i], render(types[i], values[i], session));
			}
			return rendered;
		}
		return plain(value);
	}

	/**
	 * The elements of a collection: a list (sorted for unordered sets so that equal sets compare equal) or, for a
	 * map, a map. Accepts the collection itself or a snapshot of it.
	 */
	static @Nullable Object contents(CollectionPersister persister, @Nullable Object contents,
			SharedSessionContractImplementor session) {
		if (contents == null) {
			return null;
		}
		var classification = persister.getCollectionType().getCollectionClassification();
		boolean map = false;
		boolean unordered = false;
		switch (classification) {
			case MAP:
			case SORTED_MAP:
			case ORDERED_MAP:
				map = true;
				break;
			case SET:
			case BAG:
			case ID_BAG:
				unordered = true;
				break;
			default:
				break;
		}
		Type elementType = persister.getElementType();
		if (map && contents instanceof Map<?, ?> entries) {
			Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
			Type indexType = persister.getIndexType();
			entries.forEach((key, element) -> rendered.put(String.valueOf(render(indexType, key, session)),
					render(elementType, element, session)));
			return rendered;
		}
		Iterable<?> elements;
		if (contents instanceof Map<?, ?> snapshot) {
			elements = snapshot.values();
		}
		else if (contents instanceof Collection<?> collection) {
			elements = collection;
		}
		else if (contents.getClass().isArray()) {
			List<@Nullable Object> list = new ArrayList<>();
			for (int i = 0; i < Array.getLength(contents); i++) {
				list.add(Array.get(contents, i));
			}
			elements = list;
		}
		else {
			return plain(contents);
		}
		List<@Nullable Object> rendered = new ArrayList<>();
		for (Object element : elements) {
			rendered.add(render(elementType, element, session));
		}
		if (unordered) {
			rendered.sort(Comparator.comparing(String::valueOf));
		}
		return limit(rendered);
	}

	/** The identifier of a record as text. */
	static String idText(Type idType, Object id, SharedSessionContractImplementor session) {
		Object rendered = render(idType, id, session);
		return String.valueOf(rendered);
	}

	private static @Nullable Object referenceId(EntityType type, Object value, SharedSessionContractImplementor session) {
		LazyInitializer proxy = HibernateProxy.extractLazyInitializer(value);
		if (proxy != null) {
			return String.valueOf(proxy.getIdentifier());
		}
		try {
			EntityPersister persister = session.getFactory().getMappingMetamodel()
					.getEntityDescriptor(type.getAssociatedEntityName(session.getFactory()));
			Object id = persister.getIdentifier(value, session);
			return id == null ? null : idText(persister.getIdentifierType(), id, session);
		}
		catch (RuntimeException e) {
			return truncate(String.valueOf(value), MAX_TEXT);
		}
	}

	/** A value of a basic type, or of one that Hibernate doesn't describe. */
	static @Nullable Object plain(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return truncate(text, MAX_TEXT);
		}
		if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof Byte || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
			return value;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? value : String.valueOf(value);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Time time) {
			return time.toLocalTime().toString();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.util.Date date) {
			return Instant.ofEpochMilli(date.getTime()).toString();
		}
		if (value instanceof Calendar calendar) {
			return calendar.toInstant().toString();
		}
		if (value instanceof TemporalAccessor || value instanceof Duration || value instanceof Period
				|| value instanceof ZoneId || value instanceof UUID || value instanceof Character) {
			return value.toString();
		}
		if (value instanceof byte[] bytes) {
			return "[" + bytes.length + " bytes]";
		}
		if (value instanceof char[] chars) {
			return truncate(new String(chars), MAX_TEXT);
		}
		if (value instanceof Collection<?> collection) {
			List<@Nullable Object> rendered = new ArrayList<>();
			collection.forEach(element -> rendered.add(plain(element)));
			return limit(rendered);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
			map.forEach((key, element) -> rendered.put(String.valueOf(plain(key)), plain(element)));
			return rendered;
		}
		if (value.getClass().isArray()) {
			List<@Nullable Object> rendered = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				rendered.add(plain(Array.get(value, i)));
			}
			return limit(rendered);
		}
		if (value.getClass().isRecord()) {
			return record(value);
		}
		return truncate(String.valueOf(value), MAX_TEXT);
	}

	private static @Nullable Object record(Object value) {
		try {
			RecordComponent[] components = value.getClass().getRecordComponents();
			if (components.length == 1) {
				var accessor = components[0].getAccessor();
				accessor.setAccessible(true);
				return plain(accessor.invoke(value));
			}
			Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
			for (RecordComponent component : components) {
				var accessor = component.getAccessor();
				accessor.setAccessible(true);
				rendered.put(component.getName(), plain(accessor.invoke(value)));
			}
			return rendered;
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return truncate(String.valueOf(value), MAX_TEXT);
		}
	}

	private static List<@Nullable Object> limit(List<@Nullable Object> elements) {
		if (elements.size() <= MAX_ELEMENTS) {
			return elements;
		}
		List<@Nullable Object> limited = new ArrayList<>(elements.subList(0, MAX_ELEMENTS));
		limited.add(ELLIPSIS + (elements.size() - MAX_ELEMENTS));
		return limited;
	}

	/** The text cut at {@code max} characters, marked with an ellipsis when cut. */
	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end) + ELLIPSIS;
	}

	/** A copy of a rendered value with every text cut at {@code max} characters and lists cut at 20 elements. */
	static @Nullable Object shorten(@Nullable Object value, int max) {
		if (value instanceof String text) {
			return truncate(text, max);
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> shortened = new ArrayList<>();
			list.stream().limit(20).forEach(element -> shortened.add(shorten(element, max)));
			if (list.size() > 20) {
				shortened.add(ELLIPSIS + (list.size() - 20));
			}
			return shortened;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> shortened = new LinkedHashMap<>();
			map.forEach((key, element) -> shortened.put(String.valueOf(key), shorten(element, max)));
			return shortened;
		}
		return value;
	}
}
