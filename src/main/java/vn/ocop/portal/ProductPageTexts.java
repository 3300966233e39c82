package vn.ocop.portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What a product page shows beyond the item a list shows, for the whole catalogue at one version, read from the
 * entries once per change of the catalogue: each product's long texts (description, story, ingredients, packaging)
 * and the time its entry last changed, found by its slug. With the item kept for lists ({@link CatalogueCache}, the
 * short fields) this makes the page's entry without a query: at 100,000 entries the entry's read from H2 was about
 * a quarter of a product page's CPU, most of it deserialising a whole page of rows on a miss of H2's page cache.
 * <p>
 * About 30 bytes a product beside its texts as UTF-8: the products' ids, a table of their slugs' hashes (open
 * addressing) and the place of each one's texts in chunks of bytes. The slugs themselves are not kept: a product
 * found by the hash is the one asked for when its kept item has that slug. Immutable once built; a change of the
 * catalogue replaces it whole.
 */
final class ProductPageTexts {

	/** Bytes of a chunk of texts; a product's texts never span two (longer ones get a chunk of their own). */
	private static final int CHUNK_BITS = 20;
	private static final int CHUNK = 1 << CHUNK_BITS;

	private final long generation;
	private final int size;
	/** The product's place + 1 by its slug's hash; 0: free. */
	private final int[] slots;
	private final int mask;
	private final int[] hashes;
	/** Most and least significant bits of each product's id. */
	private final long[] ids;
	/** The chunk (high bits) and the offset in it (low {@link #CHUNK_BITS} bits) of each product's texts. */
	private final int[] places;
	private final byte[][] chunks;

	private ProductPageTexts(long generation, Builder built) {
		this.generation = generation;
		this.size = built.size;
		this.hashes = Arrays.copyOf(built.hashes, size);
		this.ids = Arrays.copyOf(built.ids, 2 * size);
		this.places = Arrays.copyOf(built.places, size);
		List<byte[]> all = new ArrayList<>(built.chunks);
		if (built.chunk != null) {
			all.add(Arrays.copyOf(built.chunk, built.length));
		}
		this.chunks = all.toArray(byte[][]::new);
		int capacity = Integer.highestOneBit(Math.max(4, 2 * size - 1)) << 1; // at most half full
		this.slots = new int[capacity];
		this.mask = capacity - 1;
		for (int i = 0; i < size; i++) {
			int slot = hashes[i] & mask;
			while (slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slots[slot] = i + 1;
		}
	}

	/** The catalogue's version these texts were read at. */
	long generation() {
		return generation;
	}

	/** Products kept. */
	int size() {
		return size;
	}

	/**
	 * The whole entry of the product at {@code slug}: its item as {@code kept} gives it (the short fields) with the
	 * texts kept here; null when it cannot be told here (no product of that slug, its item not kept, or kept from an
	 * index that was not yet up to date with the entry: the entry last changed at another time).
	 */
	@Nullable CatalogueItem find(String slug, Function<UUID, @Nullable CatalogueItem> kept) {
		int hash = hash(slug);
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			int i = slots[slot] - 1;
			if (i < 0) {
				return null;
			}
			if (hashes[i] != hash) {
				continue;
			}
			CatalogueItem item = kept.apply(new UUID(ids[2 * i], ids[2 * i + 1]));
			if (item == null) {
				return null;
			}
			if (item.slug().equals(slug)) {
				return whole(item, places[i]);
			}
		}
	}

	/** {@code item} with the texts at {@code place}; null if the item is not of the entry's last change. */
	private @Nullable CatalogueItem whole(CatalogueItem item, int place) {
		var in = new PackedBytes.Input(chunks[place >>> CHUNK_BITS], place & (CHUNK - 1));
		long seconds = in.signed();
		Instant refreshedAt = Instant.ofEpochSecond(seconds, in.number());
		// the index keeps the time to the millisecond; any change of an entry sets it anew
		if (!item.refreshedAt().truncatedTo(ChronoUnit.MILLIS).equals(refreshedAt.truncatedTo(ChronoUnit.MILLIS))) {
			return null;
		}
		String description = in.text();
		String story = in.text();
		String ingredients = in.text();
		String packaging = in.text();
		return new CatalogueItem(item.productId(), item.slug(), item.name(), description, story, ingredients,
				packaging, item.unit(), item.priceVnd(), item.producerId(), item.producerSlug(), item.producerName(),
				item.legalForm(), item.productSetCode(), item.productSetName(), item.groupCode(), item.groupName(),
				item.communeCode(), item.communeName(), item.districtCode(), item.districtName(),
				item.certificateCode(), item.certificateStatus(), item.stars(), item.certifiedOn(), item.validUntil(),
				item.hasPhoto(), refreshedAt);
	}

	private static int hash(String slug) {
		int h = slug.hashCode() * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/** Takes the entries one by one. */
	static final class Builder {

		private int size;
		private int[] hashes = new int[1024];
		private long[] ids = new long[2 * 1024];
		private int[] places = new int[1024];
		private final List<byte[]> chunks = new ArrayList<>();
		private byte @Nullable [] chunk;
		private int length;
		private final PackedBytes.Output record = new PackedBytes.Output(512);

		void add(UUID productId, String slug, Instant refreshedAt, @Nullable String description,
				@Nullable String story, @Nullable String ingredients, @Nullable String packaging) {
			if (size == hashes.length) {
				hashes = Arrays.copyOf(hashes, 2 * size);
				ids = Arrays.copyOf(ids, 4 * size);
				places = Arrays.copyOf(places, 2 * size);
			}
			record.clear();
			record.signed(refreshedAt.getEpochSecond());
			record.number(refreshedAt.getNano());
			record.text(description);
			record.text(story);
			record.text(ingredients);
			record.text(packaging);
			hashes[size] = hash(slug);
			ids[2 * size] = productId.getMostSignificantBits();
			ids[2 * size + 1] = productId.getLeastSignificantBits();
			places[size] = place(record.buffer(), record.length());
			size++;
		}

		/** Copies the record into the current chunk (or a new one) and gives its place. */
		private int place(byte[] bytes, int n) {
			if (chunk == null || length + n > chunk.length) {
				if (chunk != null) {
					chunks.add(Arrays.copyOf(chunk, length));
				}
				chunk = new byte[Math.max(CHUNK, n)];
				length = 0;
			}
			if (chunks.size() >= 1 << (31 - CHUNK_BITS)) {
				throw new IllegalStateException("product texts beyond 2 GB");
			}
			int place = (chunks.size() << CHUNK_BITS) | length;
			System.arraycopy(bytes, 0, chunk, length, n);
			length += n;
			if (n > CHUNK) { // a chunk of its own, full
				chunks.add(chunk);
				chunk = null;
			}
			return place;
		}

		ProductPageTexts build(long generation) {
			return new ProductPageTexts(generation, this);
		}
	}
}
