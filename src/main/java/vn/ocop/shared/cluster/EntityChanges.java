package vn.ocop.shared.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Counts the writes of an entity, per entity class, once the transaction that made them has ended, so that what
 * is derived from such entities (a rendered page, the set of products that have stories, the open sales points)
 * can be kept until the next change: keep the value with {@link #version(Class)} and compute it again when the
 * version differs. Put on an entity with {@code @EntityListeners(EntityChanges.class)} — a JPA entity listener
 * sees every path that changes the entity — together with {@link ClusterBroadcast}, so that changes made by
 * another node of the cluster count too (they arrive as {@link ClusterChanges}).
 */
public class EntityChanges {

	private static final Map<Class<?>, AtomicLong> VERSIONS = new ConcurrentHashMap<>();

	/** The number of committed changes of the entity so far (in this process); compare, never interpret. */
	public static long version(Class<?> entity) {
		return counter(entity).get();
	}

	private static AtomicLong counter(Class<?> entity) {
		return VERSIONS.computeIfAbsent(entity, e -> new AtomicLong());
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		AtomicLong counter = counter(entity.getClass());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					counter.incrementAndGet();
				}
			});
		}
		else {
			counter.incrementAndGet();
		}
	}

	/** Entities changed by another node of the cluster: what was derived from them here is stale. */
	@Component
	static class FromOtherNodes {

		@EventListener
		void on(ClusterChanges changes) {
			VERSIONS.forEach((entity, counter) -> {
				if (changes.touches(entity)) {
					counter.incrementAndGet();
				}
			});
		}
	}
}
