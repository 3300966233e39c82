package vn.ocop.audit;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

import vn.ocop.shared.AuditIgnored;

/**
 * Which entities and properties the log records, read once per entity from {@link AuditIgnored}: every entity of
 * the platform ({@code vn.ocop..}) except those marked on the type (and any the audit module itself might map);
 * every property except the version and those marked on the field (masked ones are recorded without their
 * values). Entities of libraries, e.g. Spring Modulith's event publications, are not recorded.
 */
final class AuditRules {

	private static final String AUDITED_PACKAGE = "vn.ocop.";
	private static final String OWN_PACKAGE = AuditRules.class.getPackageName();

	enum PropertyRule {
		AUDITED, IGNORED, MASKED
	}

	/** The rules of one entity. */
	static final class EntityRules {

		private static final EntityRules SKIPPED = new EntityRules(false, "", new PropertyRule[0], Map.of());

		private final boolean audited;
		private final String type;
		private final PropertyRule[] byIndex;
		private final Map<String, PropertyRule> byName;

		private EntityRules(boolean audited, String type, PropertyRule[] byIndex, Map<String, PropertyRule> byName) {
			this.audited = audited;
			this.type = type;
			this.byIndex = byIndex;
			this.byName = byName;
		}

		boolean audited() {
			return audited;
		}

		/** The simple class name under which the entity's changes are logged. */
		String type() {
			return type;
		}

		PropertyRule rule(int propertyIndex) {
			return byIndex[propertyIndex];
		}

		PropertyRule rule(String property) {
			return byName.getOrDefault(property, PropertyRule.AUDITED);
		}
	}

	private final Map<String, EntityRules> rules = new ConcurrentHashMap<>();

	EntityRules of(EntityPersister persister) {
		return rules.computeIfAbsent(persister.getEntityName(), name -> read(persister));
	}

	private static EntityRules read(EntityPersister persister) {
		Class<?> type = persister.getMappedClass();
		if (type == null || !type.getName().startsWith(AUDITED_PACKAGE) || type.getPackageName().equals(OWN_PACKAGE)
				|| ignoredType(type)) {
			return EntityRules.SKIPPED;
		}
		String[] names = persister.getPropertyNames();
		int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
		PropertyRule[] byIndex = new PropertyRule[names.length];
		Map<String, PropertyRule> byName = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			byIndex[i] = i == version ? PropertyRule.IGNORED : ruleOf(field(type, names[i]));
			byName.put(names[i], byIndex[i]);
		}
		return new EntityRules(true, type.getSimpleName(), byIndex, Map.copyOf(byName));
	}

	private static boolean ignoredType(Class<?> type) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			AuditIgnored ignored = c.getAnnotation(AuditIgnored.class);
			if (ignored != null) {
				return true;
			}
		}
		return false;
	}

	private static PropertyRule ruleOf(@Nullable Field field) {
		AuditIgnored ignored = field == null ? null : field.getAnnotation(AuditIgnored.class);
		if (ignored == null) {
			return PropertyRule.AUDITED;
		}
		return ignored.masked() ? PropertyRule.MASKED : PropertyRule.IGNORED;
	}

	private static @Nullable Field field(Class<?> type, String name) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException e) {
				// look further up
			}
		}
		return null;
	}
}
