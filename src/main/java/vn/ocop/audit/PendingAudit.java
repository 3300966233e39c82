package vn.ocop.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The changes of one transaction (one Hibernate session) waiting to be logged. Several changes of the same record
 * within the transaction are merged into one entry (e.g. a property changed twice shows its first "before" and its
 * last "after"; a record created and deleted again leaves no entry). Just before the transaction commits, the
 * entries are inserted in one JDBC batch on the session's own connection, so that they commit or roll back with
 * the change they describe.
 */
final class PendingAudit implements BeforeCompletionCallback, AfterCompletionCallback {

	static final String INSERT = "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, changes, reason)"
			+ " values (?, ?, ?, ?, ?, ?, ?)";

	static final int MAX_CHANGES = 100_000;
	static final int MAX_REASON = 1000;
	private static final int MAX_ACTOR = 64;
	private static final int MAX_ID = 100;
	private static final int BATCH_SIZE = 500;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A property's value before and after, as rendered by {@link AuditValues}. */
	static final class PendingChange {

		@Nullable Object before;
		@Nullable Object after;
		final boolean masked;

		PendingChange(@Nullable Object before, @Nullable Object after, boolean masked) {
			this.before = before;
			this.after = after;
			this.masked = masked;
		}

		boolean changed() {
			return masked || !Objects.equals(before, after);
		}
	}

	/** One record's entry. */
	static final class PendingEntry {

		final Instant occurredAt;
		final String actor;
		AuditAction action;
		final String entityType;
		final String entityId;
		Map<String, PendingChange> changes;
		@Nullable String reason;

		PendingEntry(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
				Map<String, PendingChange> changes, @Nullable String reason) {
			this.occurredAt = occurredAt;
			this.actor = actor;
			this.action = action;
			this.entityType = entityType;
			this.entityId = entityId;
			this.changes = new LinkedHashMap<>(changes);
			this.reason = reason;
		}

		void addReason(@Nullable String another) {
			if (another == null || another.equals(reason)) {
				return;
			}
			reason = reason == null ? another : AuditValues.truncate(reason + "; " + another, MAX_REASON - 1);
		}
	}

	private final Map<String, PendingEntry> entries = new LinkedHashMap<>();
	private final Consumer<PendingAudit> onCompletion;

	/** @param onCompletion called when the transaction completes, either way */
	PendingAudit(Consumer<PendingAudit> onCompletion) {
		this.onCompletion = onCompletion;
	}

	/** Adds a change of the record {@code key} (entity name and identifier), merging it with earlier ones. */
	void record(String key, AuditAction action, String entityType, String entityId, Map<String, PendingChange> changes,
			Instant now, String actor, @Nullable String reason) {
		PendingEntry entry = entries.get(key);
		if (entry == null) {
			entries.put(key, new PendingEntry(now, actor, action, entityType, entityId, changes, reason));
			return;
		}
		entry.addReason(reason);
		if (entry.action == AuditAction.CREATED) {
			if (action == AuditAction.DELETED) {
				entries.remove(key);
				return;
			}
			changes.forEach((name, change) -> {
				PendingChange known = entry.changes.get(name);
				if (known == null) {
					entry.changes.put(name, new PendingChange(null, change.after, change.masked));
				}
				else {
					known.after = change.after;
				}
			});
		}
		else if (entry.action == AuditAction.UPDATED) {
			if (action == AuditAction.DELETED) {
				Map<String, PendingChange> merged = new LinkedHashMap<>();
				changes.forEach((name, change) -> {
					PendingChange known = entry.changes.get(name);
					merged.put(name, new PendingChange(known == null ? change.before : known.before, null, change.masked));
				});
				entry.changes.forEach((name, known) -> merged.putIfAbsent(name, new PendingChange(known.before, null, known.masked)));
				entry.changes = merged;
				entry.action = AuditAction.DELETED;
				return;
			}
			changes.forEach((name, change) -> {
				PendingChange known = entry.changes.get(name);
				if (known == null) {
					entry.changes.put(name, change);
				}
				else {
					known.after = change.after;
				}
			});
		}
		else if (action == AuditAction.CREATED) {
			// deleted and created again with the same identifier: one update from the old state to the new one
			Map<String, PendingChange> merged = new LinkedHashMap<>();
			changes.forEach((name, change) -> {
				PendingChange known = entry.changes.get(name);
				merged.put(name, new PendingChange(known == null ? null : known.before, change.after, change.masked));
			});
			entry.changes.forEach((name, known) -> merged.putIfAbsent(name, new PendingChange(known.before, null, known.masked)));
			entry.changes = merged;
			entry.action = AuditAction.UPDATED;
		}
		else {
			// a deleted record: only learn "before" values not known yet (e.g. of its collections)
			changes.forEach((name, change) -> entry.changes.putIfAbsent(name, new PendingChange(change.before, null, change.masked)));
		}
	}

	boolean isEmpty() {
		return entries.isEmpty();
	}

	@Override
	public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
		try {
			writeTo(session);
		}
		finally {
			onCompletion.accept(this);
		}
	}

	@Override
	public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
		entries.clear();
		onCompletion.accept(this);
	}

	/** Inserts the entries on the session's connection (in its transaction). */
	void writeTo(SharedSessionContractImplementor session) {
		List<PendingEntry> rows = rows();
		entries.clear();
		if (!rows.isEmpty()) {
			session.doWork(connection -> insert(connection, rows));
		}
	}

	/** The entries worth writing: without properties whose value did not change in the end, updates without any. */
	List<PendingEntry> rows() {
		List<PendingEntry> rows = new ArrayList<>(entries.size());
		for (PendingEntry entry : entries.values()) {
			entry.changes.values().removeIf(change -> !change.changed());
			if (entry.action != AuditAction.UPDATED || !entry.changes.isEmpty()) {
				rows.add(entry);
			}
		}
		return rows;
	}

	private static void insert(Connection connection, List<PendingEntry> rows) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			int batched = 0;
			for (PendingEntry row : rows) {
				insert.setObject(1, row.occurredAt.atOffset(ZoneOffset.UTC));
				insert.setString(2, AuditValues.truncate(row.actor, MAX_ACTOR - 1));
				insert.setString(3, row.action.name());
				insert.setString(4, AuditValues.truncate(row.entityType, MAX_ID - 1));
				insert.setString(5, AuditValues.truncate(row.entityId, MAX_ID - 1));
				insert.setString(6, json(row.changes));
				if (row.reason == null) {
					insert.setNull(7, Types.VARCHAR);
				}
				else {
					insert.setString(7, row.reason);
				}
				insert.addBatch();
				if (++batched % BATCH_SIZE == 0) {
					insert.executeBatch();
				}
			}
			if (batched % BATCH_SIZE != 0) {
				insert.executeBatch();
			}
		}
	}

	/** The changes as {@code {"property": {"before": .., "after": ..}}}, shortened to fit the column. */
	static String json(Map<String, PendingChange> changes) {
		String json = JSON.writeValueAsString(document(changes, AuditValues.MAX_TEXT));
		if (json.length() > MAX_CHANGES) {
			json = JSON.writeValueAsString(document(changes, 200));
		}
		if (json.length() > MAX_CHANGES) {
			json = JSON.writeValueAsString(document(changes, 0));
		}
		return json;
	}

	private static Map<String, Map<String, @Nullable Object>> document(Map<String, PendingChange> changes, int max) {
		Map<String, Map<String, @Nullable Object>> document = new LinkedHashMap<>();
		int properties = 0;
		for (var change : changes.entrySet()) {
			if (max == 0 && ++properties > 500) {
				break;
			}
			Map<String, @Nullable Object> values = new LinkedHashMap<>();
			values.put("before", max == 0 ? shortest(change.getValue().before) : AuditValues.shorten(change.getValue().before, max));
			values.put("after", max == 0 ? shortest(change.getValue().after) : AuditValues.shorten(change.getValue().after, max));
			document.put(AuditValues.truncate(change.getKey(), 100), values);
		}
		return document;
	}

	private static @Nullable Object shortest(@Nullable Object value) {
		return value == null ? null : AuditValues.truncate(String.valueOf(value), 20);
	}
}
