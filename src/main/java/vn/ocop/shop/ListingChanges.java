package vn.ocop.shop;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Counts the changes of listings (published, edited, paused, stock reserved or released, hidden with their
 * certificate: every write of a {@link Listing}), once the transaction that made them has ended, so that what is
 * derived from the listings on sale (a rendered page of the shop) can be kept until the next change. A JPA entity
 * listener: it sees every path that changes a listing through the entity.
 */
class ListingChanges {

	private static final AtomicLong VERSION = new AtomicLong();

	static long version() {
		return VERSION.get();
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Listing listing) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					VERSION.incrementAndGet();
				}
			});
		}
		else {
			VERSION.incrementAndGet();
		}
	}

	/** Listings changed by another node of the cluster: what was derived from them here is stale. */
	@org.springframework.stereotype.Component
	static class FromOtherNodes {

		@org.springframework.context.event.EventListener
		void on(vn.ocop.shared.cluster.ClusterChanges changes) {
			if (changes.touches(Listing.class)) {
				VERSION.incrementAndGet();
			}
		}
	}
}
