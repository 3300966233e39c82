package vn.ocop.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.ocop.shared.RepeatedKeys;

/**
 * Catalogue answers by query, dropped all at once whenever the catalogue changes ({@link CatalogueUpdater} calls
 * {@link #changed()} after each committed change). An answer computed while a change was being committed is not
 * kept (a generation counter guards the gap). An answer is kept when its query is asked the second time (most
 * searches of the public are asked once). Bounded (Caffeine: the least useful answers go first, and reading an
 * answer takes no lock, so concurrent searches never queue on the cache). One instance: with several application
 * instances each keeps its own and learns of changes through its own listener.
 * <p>
 * Beside the answers, the items a search shows, by product id ({@code ocop.portal.catalogue.item-cache-size}): a
 * search finds the ids of its page in the index (read from doc values) and takes the items from here; only the
 * items not kept are read from the index's stored fields, which costs a block decompression per item. This is not a
 * cache of answers: a search never asked before is answered from it, and it is dropped with them on every change.
 * Items are kept as compact bytes ({@link CompactItems}: about 200 bytes each, what items share with others of
 * their product set or place kept once per version of the catalogue) in a table of product ids ({@link KeptItems}),
 * so the whole catalogue of a country fits (100,000 items by default, about 20 MB of heap).
 */
@Component
class CatalogueCache {

	private final int capacity;
	private final AtomicLong generation = new AtomicLong();
	private final Cache<Key, CatalogueResult> answers;
	/**
	 * The queries answered once and not kept: an answer is kept at its query's second asking. Most searches of the
	 * public never repeat; keeping each of their answers (~25 KB of items) only pushed another out and made the
	 * heap bigger, so that the cache cost more than it gave.
	 */
	private final RepeatedKeys<Key> asked;
	private final int itemCapacity;
	private volatile Items items;

	CatalogueCache(PortalSettings settings) {
		this.capacity = settings.catalogue().cacheSize();
		this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).build();
		this.asked = new RepeatedKeys<>(4L * Math.max(0, capacity));
		this.itemCapacity = settings.catalogue().itemCacheSize();
		this.items = new Items(0, itemCapacity);
	}

	/**
	 * The items kept of one version of the catalogue, with the table of what they share; a change replaces it
	 * whole, so items and the table of an older version never mix with a newer one's.
	 */
	private static final class Items {

		final long generation;
		final KeptItems bytes;
		final CompactItems compact = new CompactItems();

		Items(long generation, int capacity) {
			this.generation = generation;
			this.bytes = new KeptItems(Math.max(0, capacity));
		}
	}

	/**
	 * Items' bytes by product id, in a table of the ids' bits with open addressing: no {@code UUID}, map node or
	 * cache entry per item, about 20 bytes an item beside its bytes (a Caffeine cache took about 130: 13 MB of a
	 * 100,000 items' store). Reading takes no lock (a slot's id is written before its bytes are published, and a
	 * slot once taken keeps its id); writing is serialised. At most {@code capacity} items: once full, further items
	 * are not kept, until the next change of the catalogue replaces the store (the default holds a country's whole
	 * catalogue, which {@link CatalogueItemPreload} puts in after each change).
	 */
	static final class KeptItems {

		/** Slots are added when the items would fill more than this share of them. */
		private static final double LOAD = 0.8;

		private final int capacity;

		private volatile Table table = new Table(16);

		private int size;

		KeptItems(int capacity) {
			this.capacity = capacity;
		}

		private record Table(long[] ids, AtomicReferenceArray<byte[]> bytes, int mask) {

			Table(int slots) {
				this(new long[2 * slots], new AtomicReferenceArray<>(slots), slots - 1);
			}
		}

		byte @Nullable [] get(UUID id) {
			Table t = table;
			long high = id.getMostSignificantBits();
			long low = id.getLeastSignificantBits();
			for (int slot = slot(high, low) & t.mask;; slot = (slot + 1) & t.mask) {
				byte[] bytes = t.bytes.getAcquire(slot);
				if (bytes == null) {
					return null;
				}
				if (t.ids[2 * slot] == high && t.ids[2 * slot + 1] == low) {
					return bytes;
				}
			}
		}

		/** Keeps the bytes of this product unless the store is full (an item kept already is replaced). */
		synchronized void put(UUID id, byte[] bytes) {
			Table t = table;
			if (size + 1 > LOAD * (t.mask + 1)) {
				if (size >= capacity) {
					put(t, id.getMostSignificantBits(), id.getLeastSignificantBits(), bytes, false);
					return;
				}
				t = grown(t);
			}
			if (put(t, id.getMostSignificantBits(), id.getLeastSignificantBits(), bytes, size < capacity)) {
				size++;
			}
		}

		/** Puts into the slot of this id, or a free one if {@code add}; whether a free slot was taken. */
		private static boolean put(Table t, long high, long low, byte[] bytes, boolean add) {
			for (int slot = slot(high, low) & t.mask;; slot = (slot + 1) & t.mask) {
				byte[] kept = t.bytes.get(slot);
				if (kept == null) {
					if (!add) {
						return false;
					}
					t.ids[2 * slot] = high;
					t.ids[2 * slot + 1] = low;
					t.bytes.setRelease(slot, bytes);
					return true;
				}
				if (t.ids[2 * slot] == high && t.ids[2 * slot + 1] == low) {
					t.bytes.setRelease(slot, bytes);
					return false;
				}
			}
		}

		/** Twice the slots, with the items of {@code t} (readers of {@code t} go on reading it meanwhile). */
		private Table grown(Table t) {
			var grown = new Table(2 * (t.mask + 1));
			for (int slot = 0; slot <= t.mask; slot++) {
				byte[] bytes = t.bytes.get(slot);
				if (bytes != null) {
					put(grown, t.ids[2 * slot], t.ids[2 * slot + 1], bytes, true);
				}
			}
			table = grown;
			return grown;
		}

		/** Items kept (for tests). */
		synchronized int size() {
			return size;
		}

		private static int slot(long high, long low) {
			long h = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32));
		}
	}

	/**
	 * The items of these products, in the order of the ids; those not kept are read with {@code load} (which may
	 * leave out an id no longer in the catalogue) and kept unless the catalogue changed meanwhile.
	 */
	List<CatalogueItem> items(List<UUID> ids, Function<Collection<UUID>, Map<UUID, CatalogueItem>> load) {
		Items kept = items;
		int count = ids.size();
		byte[][] bytes = new byte[count][];
		CatalogueItem[] decoded = new CatalogueItem[count];
		List<UUID> missing = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = ids.get(i);
			bytes[i] = itemCapacity > 0 ? kept.bytes.get(id) : null;
			if (bytes[i] == null) {
				missing.add(id);
			}
		}
		int found = count;
		if (!missing.isEmpty()) {
			Map<UUID, CatalogueItem> loaded = load.apply(missing);
			keep(loaded.values(), kept.generation);
			for (int i = 0; i < count; i++) {
				if (bytes[i] == null) {
					decoded[i] = loaded.get(ids.get(i));
					if (decoded[i] == null) {
						found--; // no longer in the catalogue
					}
				}
			}
		}
		UUID[] inOrder = ids.toArray(UUID[]::new);
		if (found < count) {
			int at = 0;
			for (int i = 0; i < count; i++) {
				if (bytes[i] != null || decoded[i] != null) {
					inOrder[at] = inOrder[i];
					bytes[at] = bytes[i];
					decoded[at++] = decoded[i];
				}
			}
			inOrder = Arrays.copyOf(inOrder, found);
			bytes = Arrays.copyOf(bytes, found);
			decoded = Arrays.copyOf(decoded, found);
		}
		return new PageItems(inOrder, bytes, decoded, kept.compact);
	}

	/**
	 * The item kept of this product while the catalogue is at {@code generation}; null if it is not kept or the
	 * catalogue is at another generation.
	 */
	@Nullable CatalogueItem kept(UUID id, long generation) {
		Items kept = items;
		if (itemCapacity <= 0 || kept.generation != generation) {
			return null;
		}
		byte[] bytes = kept.bytes.get(id);
		return bytes == null ? null : kept.compact.read(id, bytes);
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
		// a change that comes meanwhile replaces the whole store: what is put here then is not seen again
		loaded.forEach(item -> kept.bytes.put(item.productId(), kept.compact.write(item)));
		return this.generation.get() == generation;
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
		if (asked.repeated(query)) {
			keepUnlessChanged(answers, Map.of(query, computed), before);
		}
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
