package vn.ocop.shared.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Notes each insert, update and delete of a {@link ClusterBroadcast} entity and, just before the transaction
 * commits (after Hibernate's last flush, on the same connection), writes one {@code change_feed} row per changed
 * record and, on PostgreSQL, {@code pg_notify('ocop_changes')}: the notification is delivered when, and only if,
 * the transaction commits, and the rows are there for a node that missed it. The sequence numbers are taken at the
 * very end of the transaction, so they are committed almost in their order (see {@link FeedPosition} for the rest).
 */
final class FeedWriter implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	static final String CHANNEL = "ocop_changes";
	private static final String INSERT = "insert into change_feed (entity, entity_id, node, changed_at) values (?, ?, ?, ?)";

	private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();
	private final Map<Class<?>, Boolean> broadcast = new ConcurrentHashMap<>();

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		note(event.getSession(), event.getPersister(), event.getId());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		note(event.getSession(), event.getPersister(), event.getId());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		note(event.getSession(), event.getPersister(), event.getId());
	}

	private void note(SharedSessionContractImplementor session, EntityPersister persister, Object id) {
		Class<?> type = persister.getMappedClass();
		if (id == null || !broadcast.computeIfAbsent(type, t -> t.isAnnotationPresent(ClusterBroadcast.class))) {
			return;
		}
		String row = type.getName() + '#' + id;
		if (!session.isTransactionInProgress()) {
			session.doWork(connection -> write(connection, Set.of(row)));
			return;
		}
		pending.computeIfAbsent(session, this::register).rows.add(row);
	}

	private Pending register(SharedSessionContractImplementor session) {
		var p = new Pending(session);
		var callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((BeforeCompletionCallback) p);
		callbacks.registerCallback((AfterCompletionCallback) p);
		return p;
	}

	private static void write(Connection connection, Set<String> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		var now = Timestamp.from(Instant.now());
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (String row : rows) {
				int hash = row.indexOf('#');
				insert.setString(1, row.substring(0, hash));
				insert.setString(2, row.substring(hash + 1));
				insert.setString(3, ClusterNode.ID);
				insert.setTimestamp(4, now);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			try (var notify = connection.prepareStatement("select pg_notify('" + CHANNEL + "', '')")) {
				notify.execute();
			}
		}
	}

	private final class Pending implements BeforeCompletionCallback, AfterCompletionCallback {

		final SharedSessionContractImplementor session;
		final Set<String> rows = new LinkedHashSet<>();

		Pending(SharedSessionContractImplementor session) {
			this.session = session;
		}

		@Override
		public void doBeforeTransactionCompletion(SharedSessionContractImplementor s) {
			try {
				Set<String> copy = new LinkedHashSet<>(rows);
				rows.clear();
				s.doWork(connection -> write(connection, copy));
			}
			finally {
				pending.remove(session, this);
			}
		}

		@Override
		public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor s) {
			rows.clear();
			pending.remove(session, this);
		}
	}
}
