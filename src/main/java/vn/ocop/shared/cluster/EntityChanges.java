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

	/**
	 * A value derived from the entities of a class, computed again on the first use after they changed. The
	 * version is taken before computing: a change committed meanwhile raises it, and the next use computes again.
	 */
	public static <T> Derived<T> derived(Class<?> entity, java.util.function.Supplier<T> compute) {
		return new Derived<>(entity, compute);
	}

	/** See {@link #derived(Class, java.util.function.Supplier)}. */
	public static final class Derived<T> {

		private final Class<?> entity;
		private final java.util.function.Supplier<T> compute;
		private volatile @org.jspecify.annotations.Nullable Kept<T> kept;

		private Derived(Class<?> entity, java.util.function.Supplier<T> compute) {
			this.entity = entity;
			this.compute = compute;
		}

		public T get() {
			long version = version(entity);
			Kept<T> known = kept;
			if (known != null && known.version() == version) {
				return known.value();
			}
			T value = compute.get();
			kept = new Kept<>(version, value);
			return value;
		}

		private record Kept<T>(long version, T value) {
		}
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
