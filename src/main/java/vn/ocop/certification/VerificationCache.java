package vn.ocop.certification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the public verification page shows of each certificate, kept in memory: the page is what every scan of a
 * label hits. A change of a certificate (downgrade, revocation, expiry, replacement) drops its entry once the change
 * is committed, so the next scan reads the new state; an answer read while a change was being committed is not
 * kept (an eviction counter guards the gap). The status of the day is computed on every read, so a certificate
 * that runs out shows EXPIRED on the next day even before the expiry job. One instance: with several application
 * instances behind a load balancer, this would need a shared cache or a short time to live.
 */
@Component
class VerificationCache {

	static final int MAX_ENTRIES = 20_000;

	/** A certificate as the page shows it, with the stored status (the status of the day is derived from it). */
	record Entry(Verification verification, CertificateStatus storedStatus) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final AtomicLong evictions = new AtomicLong();

	/** The cached entry, or the loaded one (kept unless a change was committed meanwhile). */
	@Nullable
	Entry get(String code, Supplier<@Nullable Entry> loader) {
		Entry cached = entries.get(code);
		if (cached != null) {
			return cached;
		}
		long before = evictions.get();
		Entry loaded = loader.get();
		if (loaded != null && evictions.get() == before) {
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
			entries.put(code, loaded);
		}
		return loaded;
	}

	/** Drops the entry once the current transaction commits (at once if there is none). */
	void evictAfterCommit(String code) {
		evictions.incrementAndGet();
		entries.remove(code);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					evictions.incrementAndGet();
					entries.remove(code);
				}
			});
		}
	}

	/** Another node of the cluster changed certificates: what this node kept of them is dropped. */
	@org.springframework.context.event.EventListener
	void on(vn.ocop.shared.cluster.ClusterChanges changes) {
		if (changes.touches(Certificate.class)) {
			evictions.incrementAndGet();
			entries.clear();
		}
	}
}
