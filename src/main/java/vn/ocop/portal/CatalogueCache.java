package vn.ocop.portal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Catalogue answers by query, dropped all at once whenever the catalogue changes ({@link CatalogueUpdater} calls
 * {@link #changed()} after each committed change). An answer computed while a change was being committed is not
 * kept (a generation counter guards the gap). Bounded (Caffeine: the least useful answers go first, and reading an
 * answer takes no lock, so concurrent searches never queue on the cache). One instance: with several application
 * instances each keeps its own and learns of changes through its own listener.
 */
@Component
class CatalogueCache {

	private final int capacity;
	private final AtomicLong generation = new AtomicLong();
	private final Cache<Key, CatalogueResult> answers;

	CatalogueCache(PortalSettings settings) {
		this.capacity = settings.catalogue().cacheSize();
		this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).build();
	}

	/** A query, answered with or without facet counts. */
	record Key(CatalogueQuery query, boolean facets) {
	}

	CatalogueResult get(Key query, Supplier<CatalogueResult> compute) {
		if (capacity <= 0) {
			return compute.get();
		}
		CatalogueResult cached = answers.getIfPresent(query);
		if (cached != null) {
			return cached;
		}
		long before = generation.get();
		CatalogueResult computed = compute.get();
		if (generation.get() == before) {
			answers.put(query, computed);
		}
		return computed;
	}

	/** Goes up by one with every change of the catalogue. */
	long generation() {
		return generation.get();
	}

	/** The catalogue changed: every kept answer is dropped. */
	void changed() {
		generation.incrementAndGet();
		answers.invalidateAll();
	}

	/** Another node of the cluster changed the catalogue (this node's index already shows it). */
	@org.springframework.context.event.EventListener
	void on(vn.ocop.shared.cluster.ClusterChanges changes) {
		if (changes.touches(CatalogueEntry.class)) {
			changed();
		}
	}
}
