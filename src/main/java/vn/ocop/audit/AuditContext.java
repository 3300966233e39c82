package vn.ocop.audit;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Says why data is changed: every change made by the work passed to {@link #withReason} is logged with the reason,
 * e.g. the reason a status transition was made. Thread-bound; calls may nest (the innermost reason applies).
 * <p>
 * Changes reach the log when JPA flushes them. So that the reason applies to the changes made inside the block and
 * only to them, the persistence contexts bound to the current transaction are flushed when the block starts and
 * when it ends; a constraint violation therefore surfaces at the end of the block rather than at commit.
 */
public final class AuditContext {

	private static final int MAX_REASON = 1000;

	private static final ThreadLocal<@Nullable String> REASON = new ThreadLocal<>();

	private AuditContext() {
	}

	/** Runs the work and logs its changes with the reason. */
	public static void withReason(String reason, Runnable work) {
		withReason(reason, () -> {
			work.run();
			return null;
		});
	}

	/** Runs the work, logs its changes with the reason and returns the work's result. */
	public static <T extends @Nullable Object> T withReason(String reason, Supplier<T> work) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason must not be blank");
		}
		String previous = REASON.get();
		flushPendingChanges();
		REASON.set(reason.strip().length() > MAX_REASON ? reason.strip().substring(0, MAX_REASON) : reason.strip());
		try {
			T result = work.get();
			flushPendingChanges();
			return result;
		}
		finally {
			if (previous == null) {
				REASON.remove();
			}
			else {
				REASON.set(previous);
			}
		}
	}

	/** The reason in force on this thread, if any. */
	static @Nullable String currentReason() {
		return REASON.get();
	}

	private static void flushPendingChanges() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return;
		}
		for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
			if (resource instanceof EntityManagerHolder holder && holder.getEntityManager().isOpen()
					&& holder.getEntityManager().isJoinedToTransaction()) {
				holder.getEntityManager().flush();
			}
		}
	}
}
