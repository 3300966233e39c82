package vn.ocop.shared.cluster;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import vn.ocop.shared.OcopSettings;

/**
 * Follows the changes that the other nodes commit: a thread holds its own PostgreSQL connection that LISTENs on
 * {@code ocop_changes} and wakes up when a transaction that wrote to the change feed commits; it then reads the
 * feed past its position, re-indexes each changed record of an indexed entity from the database (or removes it from
 * the index when it is gone) and publishes {@link ClusterChanges} so that the caches drop what they kept. The feed,
 * not the notification, is the source of truth: a missed notification (the listening connection was down) is made
 * up by reading the feed after reconnecting and at least every {@code ocop.cluster.poll-interval}; a node that was
 * down reads, at start and before it takes requests, everything committed after the position it had stored beside
 * its index ({@code ocop.cluster.position-file}). Applying a change again is harmless (the record is read afresh).
 */
@Component
@ConditionalOnProperty(name = "ocop.cluster.enabled", havingValue = "true")
class ChangeFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
	private static final int PAGE = 2000;

	private final JdbcTemplate jdbc;
	private final EntityManagerFactory entityManagerFactory;
	private final ApplicationEventPublisher events;
	private final String url;
	private final String user;
	private final String password;
	private final Duration pollInterval;
	private final Path positionFile;
	private final Object wakeUp = new Object();
	private volatile boolean running;
	private volatile boolean listening;
	private Thread thread;
	private volatile Connection connection;
	private volatile int generation;
	private FeedPosition position;
	private long applied;

	@Autowired
	ChangeFeed(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events,
			DataSourceProperties dataSource, ClusterSettings settings, OcopSettings ocop, MeterRegistry meters) {
		this(jdbc, entityManagerFactory, events, dataSource.determineUrl(), dataSource.getUsername(),
				dataSource.getPassword(), settings.pollInterval(), settings.positionFile(ocop.search().indexDir()),
				meters);
	}

	/** A feed that reads with its own connection to {@code url}, as {@code user}. */
	ChangeFeed(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events,
			String url, @Nullable String user, @Nullable String password, Duration pollInterval, Path positionFile,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.events = events;
		this.url = url;
		this.user = user == null ? "" : user;
		this.password = password == null ? "" : password;
		this.pollInterval = pollInterval;
		this.positionFile = positionFile.toAbsolutePath();
		meters.gauge("ocop.cluster.feed.applied", this, f -> f.applied);
		meters.gauge("ocop.cluster.feed.listening", this, f -> f.listening ? 1 : 0);
	}

	@Override
	public synchronized void start() {
		long last = jdbc.queryForObject("select coalesce(max(seq), 0) from change_feed", Long.class);
		long first = jdbc.queryForObject("select coalesce(min(seq), 0) from change_feed", Long.class);
		Long stored = storedPosition();
		long start;
		if (stored != null && stored <= last && stored >= first - 1) {
			start = stored;
		}
		else {
			// a new node, or one that was away longer than the feed is kept: its indexes are rebuilt at start when
			// they miss documents; it follows the feed from here on
			start = last;
		}
		position = new FeedPosition(start, Duration.ofSeconds(30).toMillis());
		int caught = catchUp();
		log.info("Change feed: node {} at {} (stored {}), {} changes of other nodes applied at start", ClusterNode.ID,
				start, stored, caught);
		running = true;
		int current = ++generation;
		thread = new Thread(() -> follow(current), "change-feed");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		generation++;
		synchronized (wakeUp) {
			wakeUp.notifyAll();
		}
		Connection open = connection;
		if (open != null) {
			try {
				open.close(); // wakes the thread up from waiting for a notification
			}
			catch (Exception e) {
				// closing anyway
			}
		}
		// a catch-up the following thread had begun is over once this returns, and it begins none after
		synchronized (this) {
			// entering waits for a catch-up in progress; the generation has moved, so none starts after it
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before the web server takes requests, after the data source and JPA. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE / 2;
	}

	/** Whether the listening connection is up (the feed is still read every poll interval when it is not). */
	boolean listening() {
		return listening;
	}

	private void follow(int mine) {
		while (running && generation == mine) {
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				this.connection = connection;
				Method notifications = listen(connection);
				listening = notifications != null;
				catchUpWhileFollowing(mine);
				while (running && generation == mine) {
					if (notifications != null) {
						notifications.invoke(connection.unwrap(notifications.getDeclaringClass()),
								(int) pollInterval.toMillis());
					}
					else {
						synchronized (wakeUp) {
							wakeUp.wait(pollInterval.toMillis());
						}
					}
					catchUpWhileFollowing(mine);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception e) {
				listening = false;
				if (running && generation == mine) {
					log.warn("Change feed: listening connection lost ({}), reconnecting", e.toString());
					try {
						Thread.sleep(1000);
					}
					catch (InterruptedException interrupted) {
						return;
					}
				}
			}
		}
		listening = false;
	}

	/** LISTENs on PostgreSQL; the driver's {@code getNotifications(int)}, or null on another database. */
	private static Method listen(Connection connection) throws Exception {
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return null;
		}
		try (var statement = connection.createStatement()) {
			statement.execute("LISTEN " + FeedWriter.CHANNEL);
		}
		Class<?> pg = Class.forName("org.postgresql.PGConnection");
		return pg.getMethod("getNotifications", int.class);
	}

	/**
	 * A catch-up of the following thread, only while it is still the one following: once {@link #stop()} has
	 * returned, the thread woken by it reads nothing more (it was reading rows written after the stop).
	 */
	private synchronized void catchUpWhileFollowing(int mine) {
		if (running && generation == mine) {
			catchUp();
		}
	}

	/** Reads the feed past the position and applies the other nodes' changes; how many rows it applied. */
	synchronized int catchUp() {
		int total = 0;
		while (true) {
			long after = position.readAfter();
			List<Row> rows = jdbc.query(
					"select seq, entity, entity_id, node from change_feed where seq > ? order by seq fetch first " + PAGE
							+ " rows only",
					(r, n) -> new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), after);
			long now = System.currentTimeMillis();
			List<Row> theirs = new ArrayList<>();
			for (Row row : rows) {
				if (position.accept(row.seq(), now) && !ClusterNode.ID.equals(row.node())) {
					theirs.add(row);
				}
			}
			position.expire(now);
			apply(theirs);
			total += theirs.size();
			if (rows.size() < PAGE || position.readAfter() == after) {
				break;
			}
		}
		applied += total;
		storePosition(position.durable());
		return total;
	}

	private void apply(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Set<String>> byType = new LinkedHashMap<>();
		for (Row row : rows) {
			byType.computeIfAbsent(row.entity(), t -> new LinkedHashSet<>()).add(row.id());
		}
		Map<String, Set<String>> bySimpleName = new HashMap<>();
		for (var entry : byType.entrySet()) {
			Class<?> type;
			try {
				type = Class.forName(entry.getKey());
			}
			catch (ClassNotFoundException e) {
				log.warn("Change feed: unknown entity {}", entry.getKey());
				continue;
			}
			reindex(type, entry.getValue());
			bySimpleName.put(type.getSimpleName(), Set.copyOf(entry.getValue()));
		}
		events.publishEvent(new ClusterChanges(Map.copyOf(bySimpleName)));
	}

	/** The records read afresh into this node's index (removed from it when they are gone). */
	private void reindex(Class<?> type, Set<String> ids) {
		var mapping = Search.mapping(entityManagerFactory);
		boolean indexed = mapping.allIndexedEntities().stream().anyMatch(e -> e.javaClass().equals(type));
		if (!indexed) {
			return;
		}
		Class<?> idType = entityManagerFactory.getMetamodel().entity(type).getIdType().getJavaType();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			var plan = Search.session(entityManager).indexingPlan();
			for (String text : ids) {
				Object id = idOf(idType, text);
				Object entity = entityManager.find(type, id);
				if (entity == null) {
					plan.purge(type, id, null);
				}
				else {
					plan.addOrUpdate(entity);
				}
			}
			plan.execute();
		}
	}

	private static Object idOf(Class<?> idType, String text) {
		if (idType == UUID.class) {
			return UUID.fromString(text);
		}
		if (idType == Long.class || idType == long.class) {
			return Long.valueOf(text);
		}
		if (idType == Integer.class || idType == int.class) {
			return Integer.valueOf(text);
		}
		return text;
	}

	private Long storedPosition() {
		try {
			return Files.isRegularFile(positionFile) ? Long.valueOf(Files.readString(positionFile).trim()) : null;
		}
		catch (IOException | NumberFormatException e) {
			return null;
		}
	}

	private void storePosition(long value) {
		try {
			Files.createDirectories(positionFile.getParent());
			Path temporary = positionFile.resolveSibling(positionFile.getFileName() + ".tmp");
			Files.writeString(temporary, Long.toString(value));
			Files.move(temporary, positionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			log.warn("Change feed: cannot store the position in {}: {}", positionFile, e.toString());
		}
	}

	private record Row(long seq, String entity, String id, String node) {
	}
}
