package vn.ocop.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the database ({@code ocop.storage.type=database}), in the {@code stored_file} table, so that every node
 * of a cluster serves what was uploaded through any other: one storage to back up with the data it belongs to, and
 * written in the caller's transaction (a failed upload or import leaves no file behind). A caller in a read-only
 * transaction (an import preview stores the file it checked) gets its file written in a transaction of its own:
 * PostgreSQL refuses writes in a read-only one. Keys have the same shape as on the local disk
 * ({@code area/yyyy-MM/uuid}), so files moved between the two keep their keys.
 */
@Component
@ConditionalOnProperty(name = "ocop.storage.type", havingValue = "database")
class DatabaseFileStorage implements FileStorage {

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	DatabaseFileStorage(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String store(String area, byte[] content) throws IOException {
		if (!area.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("Bad storage area: " + area);
		}
		var month = LocalDate.now(clock).toString().substring(0, 7);
		String key = area + "/" + month + "/" + UUID.randomUUID();
		Runnable insert = () -> jdbc.update(
				"insert into stored_file (storage_key, area, size_bytes, content, created_at) values (?, ?, ?, ?, ?)",
				key, area, (long) content.length, content, Timestamp.from(clock.instant()));
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			ownTransaction.executeWithoutResult(status -> insert.run());
		}
		else {
			insert.run();
		}
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		List<byte[]> content = jdbc.query("select content from stored_file where storage_key = ?",
				(rows, n) -> rows.getBytes(1), key);
		if (content.isEmpty()) {
			throw new FileNotFoundException("No stored file " + key);
		}
		return new ByteArrayInputStream(content.get(0));
	}

	@Override
	public boolean exists(String key) {
		Integer count = jdbc.queryForObject("select count(*) from stored_file where storage_key = ?", Integer.class, key);
		return count != null && count > 0;
	}
}
