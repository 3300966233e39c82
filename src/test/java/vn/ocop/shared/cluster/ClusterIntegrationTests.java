package vn.ocop.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.FileNotFoundException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.Cookie;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.ocop.shared.storage.FileStorage;

/**
 * A node configured for a cluster (on PostgreSQL in the PostgreSQL suite): page sessions live in the database,
 * the scheduled jobs take a lock in the database before they run, and files are stored in the database.
 */
@ClusterTest
class ClusterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileStorage storage;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSignedInSessionLivesInTheDatabaseNotInTheNode() throws Exception {
		var login = mvc.perform(post("/login").with(csrf()).param("username", "editor").param("password", "ocop-demo"))
				.andExpect(status().is3xxRedirection()).andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session's cookie").isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'editor'",
				Integer.class)).isEqualTo(1);

		mvc.perform(get("/notifications").cookie(session)).andExpect(status().isOk());

		// the session is the row: once it is gone, the same cookie is no longer signed in
		jdbc.update("delete from spring_session where principal_name = 'editor'");
		mvc.perform(get("/notifications").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyScheduledJobThatWritesSharedDataRunsUnderAClusterLock() {
		Map<String, String> locks = jobs().entrySet().stream()
				.filter(e -> e.getValue().isAnnotationPresent(SchedulerLock.class))
				.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getAnnotation(SchedulerLock.class).name()));
		assertThat(locks).containsExactlyInAnyOrderEntriesOf(Map.of(
				"CertificateExpiry.scheduled", "certificate-expiry",
				"MonitoringReminders.scheduled", "monitoring-reminders",
				"LateTaskReminders.scheduled", "late-task-reminders",
				"CatalogueUpdater.scheduled", "catalogue-reconciliation"));
		// the unit index is each node's own memory: every node refreshes its own (and follows imports at once
		// through the change feed)
		assertThat(jobs()).containsKey("UnitDirectory.refreshIfChanged");
	}

	@Test
	void aJobLockedByAnotherNodeDoesNotRunHereAndRunsOnceTheLockIsFree() {
		Runnable reconciliation = task("CatalogueUpdater.scheduled");
		// start from a reconciled catalogue: the lock is free and the job has run once here
		jdbc.update("delete from shedlock where name = 'catalogue-reconciliation'");
		reconciliation.run();
		Integer entries = jdbc.queryForObject("select count(*) from portal_catalogue_entry", Integer.class);
		assertThat(entries).isPositive();
		// another node holds the lock of the catalogue reconciliation
		jdbc.update("delete from shedlock where name = 'catalogue-reconciliation'");
		jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)",
				"catalogue-reconciliation", Timestamp.from(Instant.now().plusSeconds(3600)),
				Timestamp.from(Instant.now()), "node-b");
		jdbc.update("delete from portal_catalogue_entry where product_id = "
				+ "(select product_id from portal_catalogue_entry order by product_id limit 1)");

		reconciliation.run();
		assertThat(jdbc.queryForObject("select count(*) from portal_catalogue_entry", Integer.class))
				.as("not reconciled while node-b holds the lock").isEqualTo(entries - 1);
		assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'catalogue-reconciliation'",
				String.class)).isEqualTo("node-b");

		// node-b's lock ran out (it died, or finished long ago): this node takes the lock and does the work
		jdbc.update("update shedlock set lock_until = ? where name = 'catalogue-reconciliation'",
				Timestamp.from(Instant.now().minusSeconds(60)));
		reconciliation.run();
		assertThat(jdbc.queryForObject("select count(*) from portal_catalogue_entry", Integer.class)).isEqualTo(entries);
		assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'catalogue-reconciliation'",
				String.class)).isNotEqualTo("node-b");
	}

	@Test
	void filesAreStoredInTheDatabaseWithTheirTransaction() throws Exception {
		assertThat(AopUtils.getTargetClass(storage).getSimpleName()).isEqualTo("DatabaseFileStorage");
		byte[] photo = "ảnh sản phẩm".getBytes(StandardCharsets.UTF_8);
		String key = storage.store("dossier", photo);
		assertThat(key).matches("dossier/\\d{4}-\\d{2}/[0-9a-f-]{36}");
		assertThat(storage.exists(key)).isTrue();
		try (var in = storage.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(photo);
		}
		assertThat(jdbc.queryForObject("select size_bytes from stored_file where storage_key = ?", Long.class, key))
				.isEqualTo(photo.length);

		// a file stored in a transaction that rolls back is not left behind
		String[] rolledBack = new String[1];
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			try {
				rolledBack[0] = storage.store("dossier", photo);
			}
			catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
			tx.setRollbackOnly();
		});
		assertThat(storage.exists(rolledBack[0])).isFalse();
		assertThatThrownBy(() -> storage.open(rolledBack[0])).isInstanceOf(FileNotFoundException.class);
		assertThatThrownBy(() -> storage.store("../x", photo)).isInstanceOf(IllegalArgumentException.class);

		// a caller in a read-only transaction (an import preview keeps the file it checked) still stores its file:
		// PostgreSQL refuses an insert in a read-only transaction, so the file is written in a transaction of its own
		var readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		String kept = readOnly.execute(tx -> {
			try {
				return storage.store("imports", photo);
			}
			catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(storage.exists(kept)).isTrue();
	}

	/** The methods of the application's beans that Spring schedules, by class and method name. */
	private Map<String, Method> jobs() {
		Map<String, Method> jobs = new java.util.HashMap<>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name);
			if (type == null || !type.getName().startsWith("vn.ocop")) {
				continue;
			}
			for (Method method : org.springframework.util.ClassUtils.getUserClass(type).getDeclaredMethods()) {
				if (method.isAnnotationPresent(org.springframework.scheduling.annotation.Scheduled.class)) {
					jobs.put(method.getDeclaringClass().getSimpleName() + "." + method.getName(), method);
				}
			}
		}
		return jobs;
	}

	/** Runs a scheduled method as the scheduler does: on the bean, through its proxies. */
	private Runnable task(String name) {
		Method method = jobs().get(name);
		assertThat(method).isNotNull();
		Object bean = context.getBean(method.getDeclaringClass());
		return () -> {
			try {
				method.setAccessible(true);
				method.invoke(bean);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		};
	}
}
