package vn.ocop.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ocop.audit.AuditRules.EntityRules;
import vn.ocop.audit.AuditRules.PropertyRule;
import vn.ocop.audit.PendingAudit.PendingChange;

/**
 * Hibernate event listener that notes every insert, update and delete of an audited entity, and every change of
 * its collections, in the {@link PendingAudit} of the transaction. It never touches the database itself: the
 * entries are written just before the transaction commits.
 */
final class ChangeCapture implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	static final String SYSTEM = "system";
	static final String ANONYMOUS = "anonymous";

	private final Clock clock;
	private final AuditRules rules = new AuditRules();
	private final Map<SharedSessionContractImplementor, PendingAudit> pending = new ConcurrentHashMap<>();

	ChangeCapture(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		EntityRules entity = rules.of(event.getPersister());
		if (!entity.audited()) {
			return;
		}
		var session = event.getSession();
		String[] names = event.getPersister().getPropertyNames();
		Type[] types = event.getPersister().getPropertyTypes();
		Object[] state = event.getState();
		Map<String, PendingChange> changes = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			Object value = valueOf(entity.rule(i), types[i], state[i], session);
			if (value != null) {
				changes.put(names[i], new PendingChange(null, value, entity.rule(i) == PropertyRule.MASKED));
			}
		}
		record(session, event.getPersister(), entity, event.getId(), AuditAction.CREATED, changes);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityRules entity = rules.of(event.getPersister());
		if (!entity.audited()) {
			return;
		}
		var session = event.getSession();
		String[] names = event.getPersister().getPropertyNames();
		Type[] types = event.getPersister().getPropertyTypes();
		Object[] old = event.getOldState();
		Object[] state = event.getState();
		int[] dirty = event.getDirtyProperties();
		Map<String, PendingChange> changes = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			PropertyRule rule = entity.rule(i);
			// collections are reported by their own events, with their former elements
			if (rule == PropertyRule.IGNORED || types[i].isCollectionType() || !changed(i, types[i], old, state, dirty, session)) {
				continue;
			}
			Object before = old == null ? null : valueOf(rule, types[i], old[i], session);
			Object after = valueOf(rule, types[i], state[i], session);
			changes.put(names[i], new PendingChange(before, after, rule == PropertyRule.MASKED));
		}
		if (!changes.isEmpty()) {
			record(session, event.getPersister(), entity, event.getId(), AuditAction.UPDATED, changes);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityRules entity = rules.of(event.getPersister());
		if (!entity.audited()) {
			return;
		}
		var session = event.getSession();
		String[] names = event.getPersister().getPropertyNames();
		Type[] types = event.getPersister().getPropertyTypes();
		Object[] state = event.getDeletedState();
		Map<String, PendingChange> changes = new LinkedHashMap<>();
		for (int i = 0; state != null && i < names.length; i++) {
			Object value = valueOf(entity.rule(i), types[i], state[i], session);
			if (value != null) {
				changes.put(names[i], new PendingChange(value, null, entity.rule(i) == PropertyRule.MASKED));
			}
		}
		record(session, event.getPersister(), entity, event.getId(), AuditAction.DELETED, changes);
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collectionChanged(event, false, true);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collectionChanged(event, true, true);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		collectionChanged(event, true, false);
	}

	private void collectionChanged(AbstractCollectionEvent event, boolean hadElements, boolean hasElements) {
		PersistentCollection<?> collection = event.getCollection();
		String role = collection.getRole();
		String ownerName = event.getAffectedOwnerEntityName();
		Object ownerId = event.getAffectedOwnerIdOrNull();
		if (role == null || ownerName == null || ownerId == null) {
			return;
		}
		var session = event.getSession();
		var metamodel = session.getFactory().getMappingMetamodel();
		var persister = metamodel.getCollectionDescriptor(role);
		if (persister.isInverse()) {
			// the other side (the entity that owns the foreign key) reports the change
			return;
		}
		EntityPersister owner = metamodel.getEntityDescriptor(ownerName);
		EntityRules entity = rules.of(owner);
		if (!entity.audited()) {
			return;
		}
		String property = role.startsWith(ownerName + ".") ? role.substring(ownerName.length() + 1)
				: role.substring(role.lastIndexOf('.') + 1);
		PropertyRule rule = entity.rule(property);
		if (rule == PropertyRule.IGNORED) {
			return;
		}
		Object before = null;
		if (hadElements) {
			Object snapshot = collection.getStoredSnapshot();
			before = snapshot != null ? AuditValues.contents(persister, snapshot, session)
					: collection.wasInitialized() ? AuditValues.contents(persister, collection.getValue(), session) : null;
		}
		Object after = hasElements && collection.wasInitialized()
				? AuditValues.contents(persister, collection.getValue(), session) : null;
		if (rule == PropertyRule.MASKED) {
			before = before == null ? null : AuditRecord.MASKED;
			after = after == null ? null : AuditRecord.MASKED;
		}
		Map<String, PendingChange> changes = new LinkedHashMap<>();
		changes.put(property, new PendingChange(before, after, rule == PropertyRule.MASKED));
		record(session, owner, entity, ownerId, AuditAction.UPDATED, changes);
	}

	private void record(SharedSessionContractImplementor session, EntityPersister persister, EntityRules entity,
			@Nullable Object id, AuditAction action, Map<String, PendingChange> changes) {
		if (id == null) {
			return;
		}
		String entityId = AuditValues.idText(persister.getIdentifierType(), id, session);
		String key = persister.getEntityName() + '#' + entityId;
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (!session.isTransactionInProgress()) {
			// not in a transaction (auto-commit): the change is already written, so is its entry
			var audit = new PendingAudit(p -> {
			});
			audit.record(key, action, entity.type(), entityId, changes, now, actor(), AuditContext.currentReason());
			audit.writeTo(session);
			return;
		}
		pending.computeIfAbsent(session, this::register)
				.record(key, action, entity.type(), entityId, changes, now, actor(), AuditContext.currentReason());
	}

	private PendingAudit register(SharedSessionContractImplementor session) {
		var audit = new PendingAudit(p -> pending.remove(session, p));
		var callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((BeforeCompletionCallback) audit);
		callbacks.registerCallback((AfterCompletionCallback) audit);
		return audit;
	}

	/** The value to log for a property, or {@code null} if it has none or is not logged. */
	private static @Nullable Object valueOf(PropertyRule rule, Type type, @Nullable Object value,
			SharedSessionContractImplementor session) {
		if (rule == PropertyRule.IGNORED || value == null) {
			return null;
		}
		if (rule == PropertyRule.MASKED) {
			return AuditRecord.MASKED;
		}
		Object rendered = AuditValues.render(type, value, session);
		return rendered == AuditValues.UNKNOWN ? null : rendered;
	}

	private static boolean changed(int i, Type type, Object @Nullable [] old, Object[] state, int @Nullable [] dirty,
			SharedSessionContractImplementor session) {
		if (old != null) {
			return !type.isEqual(old[i], state[i], session.getFactory());
		}
		if (dirty == null) {
			return true;
		}
		for (int index : dirty) {
			if (index == i) {
				return true;
			}
		}
		return false;
	}

	/** The name of the signed-in user; {@code system} when nobody is signed in (start-up, scheduled jobs). */
	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
			return SYSTEM;
		}
		return authentication.getName();
	}
}
