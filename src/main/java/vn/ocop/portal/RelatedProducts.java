package vn.ocop.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import vn.ocop.shared.search.VietnameseAnalysis;

/** The related products of a product page (see {@link #related(CatalogueItem, int)}). */
@Component
class RelatedProducts {

	private final EntityManager entityManager;
	private final CatalogueSearch search;
	private final CatalogueCache cache;
	private volatile @Nullable Index index;

	RelatedProducts(EntityManager entityManager, CatalogueSearch search, CatalogueCache cache) {
		this.entityManager = entityManager;
		this.search = search;
		this.cache = cache;
	}

	/** From now on, related products come from {@code index} while the catalogue is at its generation. */
	void use(Index index) {
		this.index = index;
	}

	/**
	 * The products most like one, by fixed weights: the same product group 3, the same producer 2, the same
	 * district 1, the same commune 1; among equal weights more stars first, then by name. (Below, a product's
	 * stars count as a tenth of a point each: less than any weight, so the bounds hold for the same order.)
	 * <p>
	 * Asked in widening rings so that a product page does not score every product of its group and its district
	 * (at 100,000 entries that was half of the page's CPU): first only products of the same group and the same
	 * commune or producer (every other product weighs at most 4.5, every one of these at least 5.1), then those of
	 * the same group and the same district or producer, or the same producer and commune (the others weigh at
	 * most 3.5, these at least 4.1), and only if these rings hold fewer than {@code limit} products everything
	 * related. A ring that holds enough products holds the best of them all, so the answer is the same (a commune lies
	 * in one district, or in none since July 2025; without a district the second ring is skipped: weighed without
	 * it, the same producer and commune would not beat the same group alone).
	 * <p>
	 * Once the whole catalogue has been read after its last change ({@link CatalogueItemPreload}), the answer comes
	 * from an {@link Index} of it in memory instead, with no query: the same products in the same order.
	 */
	List<CatalogueItem> related(CatalogueItem item, int limit) {
		List<CatalogueItem> found = fromIndex(item, limit);
		return found != null ? found : inRings(item, limit);
	}

	/**
	 * The related products from the {@link Index} in memory, without a transaction; null when it cannot answer
	 * (not built at the catalogue's generation, or a product newer than it): then {@link #inRings} answers, in a
	 * transaction.
	 */
	@Nullable List<CatalogueItem> fromIndex(CatalogueItem item, int limit) {
		Index kept = index;
		if (kept != null && kept.generation() == cache.generation()) {
			List<UUID> ids = kept.related(item, limit);
			if (ids != null) {
				return search.items(ids);
			}
		}
		return null;
	}

	/** Whether related products come from the index in memory (it was built at the catalogue's generation). */
	boolean indexed() {
		Index kept = index;
		return kept != null && kept.generation() == cache.generation();
	}

	/** The related products as the index finds them, in widening rings (see {@link #related(CatalogueItem, int)}). */
	List<CatalogueItem> inRings(CatalogueItem item, int limit) {
		List<CatalogueItem> found = related(item, limit, Ring.SAME_GROUP_AND_COMMUNE);
		if (found.size() < limit && item.districtCode() != null) {
			found = related(item, limit, Ring.SAME_GROUP_AND_DISTRICT);
		}
		if (found.size() < limit) {
			found = related(item, limit, Ring.ANY);
		}
		return found;
	}

	enum Ring {
		SAME_GROUP_AND_COMMUNE, SAME_GROUP_AND_DISTRICT, ANY
	}

	List<CatalogueItem> related(CatalogueItem item, int limit, Ring ring) {
		return search.items(Search.session(entityManager).search(CatalogueEntry.class)
				.select(f -> f.id(UUID.class))
				.where(f -> f.bool().with(b -> {
					b.mustNot(f.id().matching(item.productId()));
					var group = f.match().field("groupCode").matching(item.groupCode());
					var producer = f.match().field("producerId").matching(item.producerId());
					var commune = f.match().field("communeCode").matching(item.communeCode());
					var district = item.districtCode() == null ? f.matchNone()
							: f.match().field("districtCode").matching(item.districtCode());
					switch (ring) {
						case SAME_GROUP_AND_COMMUNE -> b.filter(f.and(group, f.or(commune, producer)));
						case SAME_GROUP_AND_DISTRICT -> b.filter(f.or(f.and(group, f.or(district, producer)),
								f.and(producer, commune)));
						case ANY -> b.filter(f.or(group, producer, district, commune));
					}
					b.should(f.match().field("groupCode").matching(item.groupCode()).constantScore().boost(3f));
					b.should(f.match().field("producerId").matching(item.producerId()).constantScore().boost(2f));
					if (item.districtCode() != null) {
						b.should(f.match().field("districtCode").matching(item.districtCode()).constantScore());
					}
					b.should(f.match().field("communeCode").matching(item.communeCode()).constantScore());
				}))
				.sort(f -> f.composite().add(f.score()).add(f.field("stars").desc()).add(CatalogueSearch.byName(f)))
				.totalHitCountThreshold(limit)
				.fetchHits(limit));
	}

	/**
	 * The catalogue as the related products need it, at one generation: each product's group, producer, district,
	 * commune and its place in the order of equal weights (more stars first, then the name's sort key and the slug,
	 * compared as the index compares them: the bytes of {@link CatalogueEntry#getOrderKey}), and the products of each
	 * group, producer, district, commune and group in a district, in that order. About 60 bytes a product, in arrays:
	 * no object per product or producer ({@link Lists}).
	 * <p>
	 * A product's related products are the best by weight among those of its producer, its commune and its group
	 * in its district (scored one by one: few), and of the first few of its group and of its district that share
	 * nothing else with it: those weigh exactly 3 (the group alone) or 1 (the district alone), so their order is
	 * their place in the list.
	 */
	static final class Index {

		private final long generation;
		private final long[] idHigh;
		private final long[] idLow;
		private final int[] group;
		private final int[] producer;
		/** {@code -1}: none. */
		private final int[] district;
		private final int[] commune;
		private final Map<String, Integer> groupCodes;
		/** The producers' ids, sorted (as signed pairs of longs): a producer's code is its place here. */
		private final long[] producerHigh;
		private final long[] producerLow;
		private final Map<String, Integer> districtCodes;
		private final Map<String, Integer> communeCodes;
		private final Lists byGroup;
		private final Lists byProducer;
		private final Lists byDistrict;
		private final Lists byCommune;
		private final Lists byGroupAndDistrict;
		private final Lists byGroupAndCommune;

		/** The index of these items (the whole catalogue, read at {@code generation}). */
		static Index of(long generation, List<CatalogueItem> items) {
			var builder = new Builder();
			builder.add(items);
			return builder.build(generation);
		}

		/** Takes the catalogue's items batch by batch, keeping only what the index needs of them. */
		static final class Builder {

			private final Map<String, Integer> groupCodes = new HashMap<>();
			private final Map<UUID, Integer> producerIds = new HashMap<>();
			private final Map<String, Integer> districtCodes = new HashMap<>();
			private final Map<String, Integer> communeCodes = new HashMap<>();
			private long[] ids = new long[2 * 1024];
			/** group, producer, district, commune, stars. */
			private int[] codes = new int[5 * 1024];
			private byte[][] keys = new byte[1024][];
			private int size;

			void add(List<CatalogueItem> items) {
				for (CatalogueItem item : items) {
					if (size == keys.length) {
						ids = Arrays.copyOf(ids, 4 * size);
						codes = Arrays.copyOf(codes, 10 * size);
						keys = Arrays.copyOf(keys, 2 * size);
					}
					ids[2 * size] = item.productId().getMostSignificantBits();
					ids[2 * size + 1] = item.productId().getLeastSignificantBits();
					codes[5 * size] = code(groupCodes, item.groupCode());
					codes[5 * size + 1] = code(producerIds, item.producerId());
					codes[5 * size + 2] = item.districtCode() == null ? -1 : code(districtCodes, item.districtCode());
					codes[5 * size + 3] = code(communeCodes, item.communeCode());
					codes[5 * size + 4] = item.stars();
					// the sort key of the index (CatalogueEntry#getOrderKey), compared as its UTF-8 bytes
					keys[size] = (VietnameseAnalysis.sortForm(item.name()) + '\u0000' + item.slug())
							.getBytes(StandardCharsets.UTF_8);
					size++;
				}
			}

			Index build(long generation) {
				return new Index(generation, this);
			}
		}

		private Index(long generation, Builder built) {
			this.generation = generation;
			int n = built.size;
			int[] codes = built.codes;
			byte[][] keys = built.keys;
			Integer[] order = new Integer[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> {
				int byStars = Integer.compare(codes[5 * b + 4], codes[5 * a + 4]);
				return byStars != 0 ? byStars : Arrays.compareUnsigned(keys[a], keys[b]);
			});
			// the producers' codes become their places in the order of their ids, looked up by a binary search
			int producers = built.producerIds.size();
			UUID[] sorted = new UUID[producers];
			built.producerIds.forEach((id, code) -> sorted[code] = id);
			Arrays.sort(sorted, Comparator.comparingLong(UUID::getMostSignificantBits)
					.thenComparingLong(UUID::getLeastSignificantBits));
			producerHigh = new long[producers];
			producerLow = new long[producers];
			int[] producerCode = new int[producers];
			for (int i = 0; i < producers; i++) {
				producerHigh[i] = sorted[i].getMostSignificantBits();
				producerLow[i] = sorted[i].getLeastSignificantBits();
				producerCode[built.producerIds.get(sorted[i])] = i;
			}
			idHigh = new long[n];
			idLow = new long[n];
			group = new int[n];
			producer = new int[n];
			district = new int[n];
			commune = new int[n];
			for (int rank = 0; rank < n; rank++) {
				int i = order[rank];
				idHigh[rank] = built.ids[2 * i];
				idLow[rank] = built.ids[2 * i + 1];
				group[rank] = codes[5 * i];
				producer[rank] = producerCode[codes[5 * i + 1]];
				district[rank] = codes[5 * i + 2];
				commune[rank] = codes[5 * i + 3];
			}
			groupCodes = built.groupCodes;
			districtCodes = built.districtCodes;
			communeCodes = built.communeCodes;
			byGroup = Lists.of(group, null);
			byProducer = Lists.of(producer, null);
			byDistrict = Lists.of(district, null);
			byCommune = Lists.of(commune, null);
			byGroupAndDistrict = Lists.of(district, group);
			byGroupAndCommune = Lists.of(commune, group);
		}

		/**
		 * The places of the products of each value (or of each pair of a group and a value), in order, all in one
		 * array: the lists one after another, found by a binary search of their keys. A list per value as an
		 * {@code int[]} in a map cost a map node, a boxed key and an array's header each (tens of thousands of
		 * producers and pairs).
		 */
		static final class Lists {

			private static final Lists NONE = new Lists(new long[0], new int[] { 0 }, new int[0]);

			/** The keys, sorted: {@code group << 32 | value} (the group 0 when not by group). */
			private final long[] keys;
			/** Where each key's list starts in {@link #ranks} (and, at {@code keys.length}, where the last ends). */
			private final int[] starts;
			private final int[] ranks;

			private Lists(long[] keys, int[] starts, int[] ranks) {
				this.keys = keys;
				this.starts = starts;
				this.ranks = ranks;
			}

			/** The lists of {@code values} (a product without a value, {@code -1}: in none), by group too if given. */
			static Lists of(int[] values, int @Nullable [] groups) {
				int n = values.length;
				int count = 0;
				for (int rank = 0; rank < n; rank++) {
					if (values[rank] >= 0) {
						count++;
					}
				}
				if (count == 0) {
					return NONE;
				}
				// each product's key; its place: sorted by key (stably), the lists come one after another, each in order
				long[] sortedKeys = new long[count];
				count = 0;
				for (int rank = 0; rank < n; rank++) {
					if (values[rank] >= 0) {
						sortedKeys[count++] = key(groups == null ? 0 : groups[rank], values[rank]);
					}
				}
				Integer[] order = new Integer[count];
				int[] ranksOf = new int[count];
				count = 0;
				for (int rank = 0; rank < n; rank++) {
					if (values[rank] >= 0) {
						order[count] = count;
						ranksOf[count++] = rank;
					}
				}
				long[] byKey = sortedKeys;
				// a stable sort: the products of a key stay in their order
				Arrays.sort(order, (a, b) -> Long.compare(byKey[a], byKey[b]));
				int distinct = 0;
				for (int i = 0; i < count; i++) {
					if (i == 0 || byKey[order[i]] != byKey[order[i - 1]]) {
						distinct++;
					}
				}
				long[] keys = new long[distinct];
				int[] starts = new int[distinct + 1];
				int[] ranks = new int[count];
				int k = -1;
				for (int i = 0; i < count; i++) {
					long key = byKey[order[i]];
					if (k < 0 || key != keys[k]) {
						keys[++k] = key;
						starts[k] = i;
					}
					ranks[i] = ranksOf[order[i]];
				}
				starts[distinct] = count;
				return new Lists(keys, starts, ranks);
			}

			private static long key(int group, int value) {
				return ((long) group << 32) | value;
			}

			/** Where the list of a value of a group is ({@code < 0}: it has none). */
			int list(int group, int value) {
				return Arrays.binarySearch(keys, key(group, value));
			}

			/** Where the list of a value is ({@code < 0}: it has none). */
			int list(int value) {
				return list(0, value);
			}

			/** Where a list ({@link #list}) starts among the places ({@link #rank}). */
			int start(int list) {
				return list < 0 ? 0 : starts[list];
			}

			/** Where a list ends among the places. */
			int end(int list) {
				return list < 0 ? 0 : starts[list + 1];
			}

			/** The place at {@code at}. */
			int rank(int at) {
				return ranks[at];
			}
		}

		long generation() {
			return generation;
		}

		private static <K> int code(Map<K, Integer> codes, K value) {
			return codes.computeIfAbsent(value, v -> codes.size());
		}

		/**
		 * The ids of the products most like {@code item}, best first (as {@link RelatedProducts#inRings}); null when
		 * the item is not in this index (a product newer than it).
		 */
		@Nullable List<UUID> related(CatalogueItem item, int limit) {
			Integer g = groupCodes.get(item.groupCode());
			int p = producer(item.producerId());
			Integer c = communeCodes.get(item.communeCode());
			Integer d = item.districtCode() == null ? null : districtCodes.get(item.districtCode());
			if (g == null || p < 0 || c == null || (item.districtCode() != null && d == null)) {
				return null;
			}
			int gi = g;
			int pi = p;
			int ci = c;
			int di = d == null ? -2 : d;
			long high = item.productId().getMostSignificantBits();
			long low = item.productId().getLeastSignificantBits();
			var found = new Candidates(limit);
			boolean known = false;
			int list = byProducer.list(pi);
			for (int at = byProducer.start(list), end = byProducer.end(list); at < end; at++) {
				int rank = byProducer.rank(at);
				if (idHigh[rank] == high && idLow[rank] == low) {
					// the product as this index knows it: else it changed since, and the rings answer
					known = group[rank] == gi && commune[rank] == ci && district[rank] == (d == null ? -1 : di);
					continue;
				}
				found.add(weight(rank, gi, pi, di, ci), rank);
			}
			if (!known) {
				return null;
			}
			// the commune's and the group's lists are in order, and the weights of what is left in each are bounded: a
			// list is read only until nothing further in it could be among the best (a commune may hold a thousand
			// products, and scoring them all was a tenth of a product page's CPU at 100,000 entries)
			int sameDistrict = d == null ? 0 : 1;
			list = byGroupAndCommune.list(gi, ci);
			for (int at = byGroupAndCommune.start(list), end = byGroupAndCommune.end(list); at < end; at++) {
				int rank = byGroupAndCommune.rank(at);
				if (found.beyond(3 + 1 + sameDistrict, rank)) {
					break;
				}
				if (producer[rank] != pi) {
					found.add(weight(rank, gi, pi, di, ci), rank);
				}
			}
			list = byCommune.list(ci);
			for (int at = byCommune.start(list), end = byCommune.end(list); at < end; at++) {
				int rank = byCommune.rank(at);
				if (found.beyond(1 + sameDistrict, rank)) {
					break;
				}
				if (producer[rank] != pi && group[rank] != gi) {
					found.add(weight(rank, gi, pi, di, ci), rank);
				}
			}
			if (d != null) {
				list = byGroupAndDistrict.list(gi, di);
				for (int at = byGroupAndDistrict.start(list), end = byGroupAndDistrict.end(list); at < end; at++) {
					int rank = byGroupAndDistrict.rank(at);
					if (found.beyond(3 + 1, rank)) {
						break;
					}
					if (producer[rank] != pi && commune[rank] != ci) {
						found.add(weight(rank, gi, pi, di, ci), rank);
					}
				}
			}
			// the others of the group weigh 3, of the district 1: the first few of each, in order
			int taken = 0;
			list = byGroup.list(gi);
			for (int at = byGroup.start(list), end = byGroup.end(list); at < end && taken < limit; at++) {
				int rank = byGroup.rank(at);
				if (producer[rank] != pi && commune[rank] != ci && district[rank] != di) {
					found.add(3, rank);
					taken++;
				}
			}
			if (d != null) {
				taken = 0;
				list = byDistrict.list(di);
				for (int at = byDistrict.start(list), end = byDistrict.end(list); at < end && taken < limit; at++) {
					int rank = byDistrict.rank(at);
					if (producer[rank] != pi && commune[rank] != ci && group[rank] != gi) {
						found.add(1, rank);
						taken++;
					}
				}
			}
			List<UUID> ids = new ArrayList<>(limit);
			for (int rank : found.best()) {
				ids.add(new UUID(idHigh[rank], idLow[rank]));
			}
			return ids;
		}

		/** A producer's code: its place among the sorted ids ({@code -1}: not in this index). */
		private int producer(UUID id) {
			long high = id.getMostSignificantBits();
			long low = id.getLeastSignificantBits();
			int from = 0;
			int to = producerHigh.length - 1;
			while (from <= to) {
				int mid = (from + to) >>> 1;
				int c = producerHigh[mid] != high ? Long.compare(producerHigh[mid], high)
						: Long.compare(producerLow[mid], low);
				if (c < 0) {
					from = mid + 1;
				}
				else if (c > 0) {
					to = mid - 1;
				}
				else {
					return mid;
				}
			}
			return -1;
		}

		private int weight(int rank, int g, int p, int d, int c) {
			return (group[rank] == g ? 3 : 0) + (producer[rank] == p ? 2 : 0) + (district[rank] == d ? 1 : 0)
					+ (commune[rank] == c ? 1 : 0);
		}

		/**
		 * Products with their weight, each as one number that sorts the best first; only the best {@code limit} are
		 * kept, in order (a product's commune alone may hold a thousand candidates, and a page shows four: sorting
		 * them all was a tenth of a product page's CPU at 100,000 entries).
		 */
		private static final class Candidates {

			private final long[] best;
			private int size;

			Candidates(int limit) {
				this.best = new long[limit];
			}

			/**
			 * Whether no product at {@code rank} or further in order, of at most {@code maxWeight}, can be among the
			 * best any more: the best {@code limit} are found, and the last of them comes before it.
			 */
			boolean beyond(int maxWeight, int rank) {
				return size == best.length && (size == 0 || best[size - 1] <= key(maxWeight, rank));
			}

			private static long key(int weight, int rank) {
				return ((long) (8 - weight) << 32) | rank;
			}

			void add(int weight, int rank) {
				long key = key(weight, rank);
				if (size == best.length && (size == 0 || key >= best[size - 1])) {
					return;
				}
				int at = size == best.length ? size - 1 : size++;
				while (at > 0 && best[at - 1] > key) {
					best[at] = best[at - 1];
					at--;
				}
				best[at] = key;
			}

			/** The places of the best {@code limit}: the most weight, then the first in order. */
			int[] best() {
				int[] ranks = new int[size];
				for (int i = 0; i < size; i++) {
					ranks[i] = (int) best[i];
				}
				return ranks;
			}
		}
	}
}
