package vn.ocop.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * <p>
 * Beside the answers, the items a search shows, by product id ({@code ocop.portal.catalogue.item-cache-size}): a
 * search finds the ids of its page in the index (read from doc values) and takes the items from here; only the
 * items not kept are read from the index's stored fields, which costs a block decompression per item. This is not a
 * cache of answers: a search never asked before is answered from it, and it is dropped with them on every change.
 * Items are kept as compact bytes ({@link CompactItems}: about 100 bytes each, what items share with others of
 * their producer, product set or place kept once per version of the catalogue), so the whole catalogue of a country
 * fits (100,000 items by default, about 20 MB of heap).
 */
@Component
class CatalogueCache {

	private final int capacity;
	private final AtomicLong generation = new AtomicLong();
	private final Cache<Key, CatalogueResult> answers;
	private final int itemCapacity;
	private volatile Items items;

	CatalogueCache(PortalSettings settings) {
		this.capacity = settings.catalogue().cacheSize();
		this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).build();
		this.itemCapacity = settings.catalogue().itemCacheSize();
		this.items = new Items(0, itemCapacity);
	}

	/**
	 * The items kept of one version of the catalogue, with the table of what they share; a change replaces it
	 * whole, so items and the table of an older version never mix with a newer one's.
	 */
	private static final class Items {

		final long generation;
		final Cache<UUID, byte[]> bytes;
		final CompactItems compact = new CompactItems();

		Items(long generation, int capacity) {
			this.generation = generation;
			this.bytes = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).build();
		}
	}

	/**
	 * The items of these products, in the order of the ids; those not kept are read with {@code load} (which may
	 * leave out an id no longer in the catalogue) and kept unless the catalogue changed meanwhile.
	 */
	List<CatalogueItem> items(List<UUID> ids, Function<Collection<UUID>, Map<UUID, CatalogueItem>> load) {
		Map<UUID, CatalogueItem> found = new HashMap<>();
		Items kept = items;
		if (itemCapacity > 0) {
			kept.bytes.getAllPresent(ids).forEach((id, bytes) -> found.put(id, kept.compact.read(id, bytes)));
		}
		if (found.size() < ids.size()) {
			List<UUID> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
			Map<UUID, CatalogueItem> loaded = load.apply(missing);
			found.putAll(loaded);
			keep(loaded.values(), kept.generation);
		}
		List<CatalogueItem> inOrder = new ArrayList<>(ids.size());
		for (UUID id : ids) {
			CatalogueItem item = found.get(id);
			if (item != null) {
				inOrder.add(item);
			}
		}
		return inOrder;
	}

	/** Whether items are kept at all ({@code ocop.portal.catalogue.item-cache-size} above 0). */
	int itemCapacity() {
		return Math.max(0, itemCapacity);
	}

	/**
	 * Keeps these items read while the catalogue was at {@code generation}; nothing is kept if it changed since
	 * (the items may be older than the change); whether they were kept.
	 */
	boolean keep(Collection<CatalogueItem> loaded, long generation) {
		Items kept = items;
		if (itemCapacity <= 0 || kept.generation != generation || this.generation.get() != generation) {
			return false;
		}
		Map<UUID, byte[]> compact = new HashMap<>();
		loaded.forEach(item -> compact.put(item.productId(), kept.compact.write(item)));
		return keepUnlessChanged(kept.bytes, compact, generation);
	}

	/**
	 * Puts the values read at {@code before} unless the catalogue changed since; a change that comes while they are
	 * put ({@link #changed} counts up before it clears) takes them out again, so nothing older than a change stays.
	 */
	private <K, V> boolean keepUnlessChanged(Cache<K, V> cache, Map<K, V> values, long before) {
		if (generation.get() != before) {
			return false;
		}
		cache.putAll(values);
		if (generation.get() != before) {
			cache.invalidateAll(values.keySet());
			return false;
		}
		return true;
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
		keepUnlessChanged(answers, Map.of(query, computed), before);
		return computed;
	}

	/** Goes up by one with every change of the catalogue. */
	long generation() {
		return generation.get();
	}

	/** The catalogue changed: every kept answer is dropped. */
	void changed() {
		long now = generation.incrementAndGet();
		answers.invalidateAll();
		synchronized (this) {
			if (items.generation < now) {
				items = new Items(now, itemCapacity);
			}
		}
	}

	/** Another node of the cluster changed the catalogue (this node's index already shows it). */
	@org.springframework.context.event.EventListener
	void on(vn.ocop.shared.cluster.ClusterChanges changes) {
		if (changes.touches(CatalogueEntry.class)) {
			changed();
		}
	}
}
