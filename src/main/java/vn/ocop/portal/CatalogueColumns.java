package vn.ocop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What a catalogue search needs of every document of one state of the index, in arrays by the document's place in
 * the order by name ({@code order_key}, then document number): which documents are live, each one's stars, photo,
 * certification day, product group, district, commune and legal form (as ordinals of their codes) and its product id.
 * Read once per state of the index (a change of the catalogue makes a new state); a search then filters, counts
 * facets, weighs and sorts its matches with array reads instead of reading doc values and comparing keys per match.
 * About 40 bytes per product: 4 MB for 100,000 (the ids as two {@code long}s, not as {@code UUID} objects).
 * <p>
 * Every list of documents of a search (a term's, a word's, the matches) is a bit set over these places, not over
 * the index's document numbers ({@link #place}): products of the same kind have names alike ("Nước mắm …", "Mật ong
 * …") and sit side by side in the order by name, so a search's matches fall in a few blocks of 64 places instead of
 * being strewn over all of them, and a search weighs block by block (issue 19). A search sorted by name reads the
 * matches in that order as they are.
 */
final class CatalogueColumns {

	/** The field in which Hibernate Search keeps a document's id as a doc value. */
	static final String ID_FIELD = "__HSEARCH_id_docvalue";

	/** Identifies the state of the index these columns were read from: the leaves' reader keys, in order. */
	final List<Object> state;

	final int maxDoc;

	final FixedBitSet live;

	final byte[] stars;

	/** The live documents of each number of stars ({@code null}: none of that number). */
	final @Nullable FixedBitSet[] starBits = new FixedBitSet[8];

	final FixedBitSet photo;

	/** The certification day's rank among the distinct days (0 = earliest). */
	final int[] certifiedOn;

	final Ordinals groups;

	final Ordinals districts;

	final Ordinals communes;

	final Ordinals forms;

	/** A document's place in the order by name, then slug (0 = first), by document number of the index. */
	final int[] place;

	/** The document number of the index at each place. */
	final int[] docAt;

	/** Each document's product id, as the high and the low bits of its {@code UUID} (no object per document). */
	private final long[] idHigh;

	private final long[] idLow;

	/** The product id of a live document, by its place. */
	UUID id(int place) {
		return new UUID(idHigh[place], idLow[place]);
	}

	/**
	 * The documents of a term in a field, or of a phrase, as read for earlier searches of this state of the index
	 * (the terms a word's typos stand for, the words as typed with their diacritics; a word's own lists are kept
	 * together in {@link #words}): people's searches differ, their words much less (kinds, places, producers), so
	 * a list is mostly read from the postings once. Bounded in bytes ({@value #LISTS_BYTES}). A list of few documents (most terms a typo
	 * stands for are rare) is kept as the gaps between their numbers, not as a bit per document of the index: a rare
	 * term then costs a few bytes instead of {@code maxDoc / 8}, and many more of them stay.
	 */
	private final Cache<String, Kept> lists = keptLists(LISTS_BYTES);

	static final long LISTS_BYTES = 4L << 20;

	/**
	 * The documents of a typo of a word in a field (the union of the lists of the terms Lucene's fuzzy rewrite
	 * chooses for it), by field, edits and word: the words of searches that need typos are mostly spelt right and
	 * asked again and again, and choosing their terms (an automaton over the term dictionary) and joining their
	 * lists cost more than the rest of the search. A cache of its own, so that its loader may read {@link #lists}.
	 */
	private final Cache<String, Kept> typos = keptLists(TYPOS_BYTES);

	static final long TYPOS_BYTES = 3L << 20;

	/**
	 * A word's own lists (the beginnings of the words of the name, the producer and place, the description and
	 * story, the whole words of the name) and where it is found (the union of the first three), kept together by
	 * word: a search looks a word up once instead of once per list (~1 µs a lookup under C1, five per word, twice in
	 * a search with typos). A cache of its own, so that its loader may read {@link #lists}.
	 */
	private final Cache<String, WordLists> words = Caffeine.newBuilder().maximumWeight(WORDS_BYTES)
			.weigher((String key, WordLists lists) -> 64 + 2 * key.length() + (int) lists.bytes()).build();

	static final long WORDS_BYTES = 8L << 20;

	/** A word's lists in the fields a search finds it in, and their union ({@code found}). */
	record WordLists(Kept found, Kept prefix, Kept context, Kept about, Kept name) {

		long bytes() {
			// the union is one of the others when only one holds documents
			long own = prefix.bytes() + context.bytes() + about.bytes() + name.bytes();
			return found == prefix || found == context || found == about ? own : own + found.bytes();
		}
	}

	@FunctionalInterface
	interface WordListsReader {
		WordLists read() throws IOException;
	}

	/**
	 * The documents with three words or more in order in the name, by phrase: a cache of its own, so that its
	 * loader may read the lists of the words ({@link #lists}).
	 */
	private final Cache<String, Kept> phrases = keptLists(PHRASES_BYTES);

	static final long PHRASES_BYTES = 1L << 20;

	/**
	 * The documents with two words in order in the name, by pair: a phrase query each (~0.2 ms at 100,000
	 * entries), and asked again and again ("nuoc mam", "mam sach"); a cache of its own, so that the many small
	 * lists of words found nowhere (mistyped words, asked once) do not push them out of {@link #lists}.
	 */
	private final Cache<String, Kept> pairs = keptLists(PAIRS_BYTES);

	static final long PAIRS_BYTES = 1L << 20;

	private static Cache<String, Kept> keptLists(long bytes) {
		return Caffeine.newBuilder().maximumWeight(bytes)
				.weigher((String key, Kept kept) -> 64 + 2 * key.length() + (int) kept.bytes()).build();
	}

	/** The list kept in {@code cache} under {@code key}, filled into borrowed bits by {@code fill} when it is not. */
	private Kept kept(Cache<String, Kept> cache, String key, ListFiller fill) {
		return cache.get(key, k -> {
			FixedBitSet bits = borrow();
			try {
				return fill.fill(bits) ? Kept.copyOf(bits) : Kept.NONE;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			finally {
				giveBack(bits);
			}
		});
	}

	/** The list kept in {@code cache} under {@code key}, read with {@code read} when it is not. */
	private static Kept kept(Cache<String, Kept> cache, String key, ListReader read) {
		return cache.get(key, k -> {
			try {
				return Kept.of(read.read());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * A kept list: its bits when dense; when sparse, the gaps between its document numbers, seven bits a byte (a
	 * list of a few hundred documents among 100,000 takes one or two bytes a document instead of four, so about
	 * twice as many lists stay in the same bytes); neither when empty.
	 */
	record Kept(@Nullable FixedBitSet bits, byte @Nullable [] gaps) {

		static final Kept NONE = new Kept(null, null);

		static Kept of(@Nullable FixedBitSet bits) {
			return of(bits, false);
		}

		/** As {@link #of(FixedBitSet)}, of bits that stay the caller's (borrowed ones): dense bits are copied. */
		static Kept copyOf(FixedBitSet bits) {
			return of(bits, true);
		}

		private static Kept of(@Nullable FixedBitSet bits, boolean copy) {
			if (bits == null) {
				return NONE;
			}
			int count = bits.cardinality();
			if (count == 0) {
				return NONE;
			}
			// as bits from one document in 32 on: the kept bits are then used as they are, while gaps are decoded
			// into new bits at every use
			if ((long) count * 32 >= bits.length()) {
				return new Kept(copy ? bits.clone() : bits, null);
			}
			// word by word, the lowest bit first (CatalogueMatcher.lowestBit): FixedBitSet.nextSetBit costs a call of
			// Long.numberOfTrailingZeros per document under C1, and lists are made at every miss of a search
			long[] words = bits.getBits();
			long size = 0;
			int last = 0;
			for (int word = 0; word < words.length; word++) {
				for (long left = words[word]; left != 0; left &= left - 1) {
					int doc = word << 6 | CatalogueMatcher.lowestBit(left);
					size += length(doc - last);
					last = doc;
				}
			}
			byte[] gaps = new byte[(int) size];
			int at = 0;
			last = 0;
			for (int word = 0; word < words.length; word++) {
				for (long left = words[word]; left != 0; left &= left - 1) {
					int doc = word << 6 | CatalogueMatcher.lowestBit(left);
					for (int gap = doc - last; ; gap >>>= 7) {
						if ((gap & ~0x7F) == 0) {
							gaps[at++] = (byte) gap;
							break;
						}
						gaps[at++] = (byte) (gap & 0x7F | 0x80);
					}
					last = doc;
				}
			}
			return new Kept(null, gaps);
		}

		private static int length(int gap) {
			return gap < 1 << 7 ? 1 : gap < 1 << 14 ? 2 : gap < 1 << 21 ? 3 : gap < 1 << 28 ? 4 : 5;
		}

		long bytes() {
			return bits != null ? bits.getBits().length * 8L : gaps != null ? gaps.length : 0;
		}

		/**
		 * A sparse list's documents block by block (64 documents at a time, blocks asked in increasing order),
		 * without a bit per document of the index: its gaps are read once over all the blocks asked. {@code null}
		 * for a dense or empty list.
		 */
		@Nullable GapBlocks blocks() {
			return bits == null && gaps != null ? new GapBlocks(gaps) : null;
		}

		/**
		 * Sets this list's documents of the words {@code from} to {@code to} (exclusive) of {@code into}: the others
		 * are left as they are (a search's matches are none there).
		 */
		void orInto(long[] into, int from, int to) {
			if (bits != null) {
				long[] words = bits.getBits();
				for (int word = from; word < to; word++) {
					into[word] |= words[word];
				}
			}
			else if (gaps != null) {
				// the bits set here, not through FixedBitSet.set: C1 calls that (its assertion makes it too long to inline)
				long end = (long) to << 6;
				long first = (long) from << 6;
				int doc = 0;
				for (int at = 0; at < gaps.length;) {
					int gap = 0;
					for (int shift = 0; ; shift += 7) {
						byte b = gaps[at++];
						gap |= (b & 0x7F) << shift;
						if (b >= 0) {
							break;
						}
					}
					doc += gap;
					if (doc >= end) {
						break;
					}
					if (doc >= first) {
						into[doc >> 6] |= 1L << doc;
					}
				}
			}
		}

		/** Sets this list's documents in {@code into}. */
		void orInto(FixedBitSet into) {
			if (bits != null) {
				into.or(bits);
			}
			else if (gaps != null) {
				orInto(into.getBits(), 0, into.getBits().length);
			}
		}
	}

	/** The blocks of a sparse list, read from its gaps as the blocks are asked. */
	static final class GapBlocks {

		private final byte[] gaps;
		private int at;
		/** The next document not yet given (past all documents when the gaps are read). */
		private int doc;

		GapBlocks(byte[] gaps) {
			this.gaps = gaps;
			this.doc = gaps.length == 0 ? Integer.MAX_VALUE : read(0);
		}

		private int read(int from) {
			int gap = 0;
			for (int shift = 0; ; shift += 7) {
				byte b = gaps[at++];
				gap |= (b & 0x7F) << shift;
				if (b >= 0) {
					return from + gap;
				}
			}
		}

		/**
		 * The documents of the block {@code block} (documents {@code 64 * block} to {@code 64 * block + 63}). The
		 * gaps are read here, in locals, not through {@link #read}: the public node's compiler (C1) calls a method
		 * with a loop at every document and reads a field again at every use.
		 */
		long word(int block) {
			long first = (long) block << 6;
			long end = first + 64;
			int doc = this.doc;
			if (doc >= end) {
				return 0; // none in this block (most blocks of a sparse list)
			}
			byte[] gaps = this.gaps;
			int at = this.at;
			long word = 0;
			while (doc < end) {
				if (doc >= first) {
					word |= 1L << doc;
				}
				if (at == gaps.length) {
					doc = Integer.MAX_VALUE;
					break;
				}
				int b = gaps[at++];
				int gap = b & 0x7F;
				for (int shift = 7; b < 0; shift += 7) {
					b = gaps[at++];
					gap |= (b & 0x7F) << shift;
				}
				doc += gap;
			}
			this.doc = doc;
			this.at = at;
			return word;
		}
	}

	/**
	 * The documents of a list of this state of the index ({@code key}: what it is), read with {@code read}, which
	 * must not ask for another list (a cache's loader must not load other entries of the same cache). Never to be
	 * changed: a dense list is the kept bits themselves.
	 */
	@Nullable FixedBitSet list(String key, ListReader read) {
		return materialised(kept(lists, key, read));
	}

	private @Nullable FixedBitSet materialised(Kept kept) {
		if (kept.bits() != null || kept.gaps() == null) {
			return kept.bits();
		}
		var bits = new FixedBitSet(Math.max(1, maxDoc));
		kept.orInto(bits);
		return bits;
	}

	/** A list of this state of the index as kept ({@link #list}), not materialised as bits when sparse. */
	Kept kept(String key, ListReader read) {
		return kept(lists, key, read);
	}

	/**
	 * A list of this state of the index as kept ({@link #list}), filled by {@code fill} into borrowed bits when
	 * not kept (no new bit set for a list that is kept as gaps).
	 */
	Kept kept(String key, ListFiller fill) {
		return kept(lists, key, fill);
	}

	/** A list of this state of the index if kept ({@link #list}), else {@code null}: not read. */
	@Nullable Kept keptIfAny(String key) {
		return lists.getIfPresent(key);
	}

	/**
	 * The documents of a typo of {@code word} in {@code field} as kept ({@link #typos}), filled by {@code fill}
	 * into borrowed bits when not kept, which may read {@link #list}s.
	 */
	Kept keptTypos(String field, String word, int edits, ListFiller fill) {
		return kept(typos, field + '\u0000' + edits + '\u0000' + word, fill);
	}

	/** The bits of a kept list ({@code null}: none): its own bits when dense, new ones when sparse. */
	@Nullable FixedBitSet bits(Kept kept) {
		return materialised(kept);
	}

	/**
	 * The documents with the two words of {@code pair} in this order in the name as kept ({@link #pairs}), read
	 * with {@code read} when not kept, which must not read other pairs.
	 */
	Kept pair(String pair, ListReader read) {
		return kept(pairs, pair, read);
	}

	/**
	 * The documents with the words of {@code phrase} in this order in the name as kept ({@link #phrases}), read
	 * with {@code read} when not kept, which may read {@link #list}s.
	 */
	Kept phrase(String phrase, ListReader read) {
		return kept(phrases, phrase, read);
	}

	/** The lists of {@code word} as kept ({@link #words}), read with {@code read} when not kept. */
	WordLists word(String word, WordListsReader read) {
		return words.get(word, k -> {
			try {
				return read.read();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * A list of this state of the index filled by {@code fill} into borrowed bits and made a kept list, not kept
	 * by itself (a part of another kept entry).
	 */
	Kept unkept(ListFiller fill) throws IOException {
		FixedBitSet bits = borrow();
		try {
			return fill.fill(bits) ? Kept.copyOf(bits) : Kept.NONE;
		}
		finally {
			giveBack(bits);
		}
	}

	/**
	 * The terms of a field of this state of the index by first letter, read at the first typo looked for in it: at
	 * 100,000 entries 100,169 terms in the name (0.8 MB) and 50,156 in the producer's name (0.4 MB), most of them
	 * numbers.
	 */
	TypoTerms typoTerms(IndexReader reader, String field) {
		return typoTerms.computeIfAbsent(field, f -> {
			try {
				return TypoTerms.read(reader, f);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private final Map<String, TypoTerms> typoTerms = new ConcurrentHashMap<>();

	/**
	 * Bit sets of this state of the index that searches borrow for the time of one search (its matches, a word's
	 * union with its typos, a list being read) and hand back: a search over 100,000 entries otherwise made several
	 * of {@code maxDoc / 8} bytes each (a fifth of an API search's 160 KB of garbage), and those alive when the
	 * young generation was collected were copied and, past the survivor space, promoted to the old generation,
	 * which filled and was collected whole every few seconds. At most {@value #SPARE} are kept (far more than
	 * requests run at once on a node's cores); the rest go to the collector.
	 */
	private final ArrayBlockingQueue<FixedBitSet> spare = new ArrayBlockingQueue<>(SPARE);

	static final int SPARE = 64;

	/** A bit set of {@code maxDoc} bits, all clear, for this search alone until {@link #giveBack}. */
	FixedBitSet borrow() {
		FixedBitSet bits = spare.poll();
		if (bits == null) {
			return new FixedBitSet(Math.max(1, maxDoc));
		}
		// a copy, not a loop: the public node's compiler (C1) copies arrays with its own code, but loops word by word
		System.arraycopy(none.getBits(), 0, bits.getBits(), 0, none.getBits().length);
		return bits;
	}

	/** A bit set of {@code maxDoc} bits, a copy of {@code bits} (of this state), until {@link #giveBack}. */
	FixedBitSet borrow(FixedBitSet of) {
		FixedBitSet bits = spare.poll();
		if (bits == null) {
			return of.clone();
		}
		System.arraycopy(of.getBits(), 0, bits.getBits(), 0, of.getBits().length);
		return bits;
	}

	/** No document: what a borrowed bit set is cleared from. */
	private final FixedBitSet none;

	/** A bit set of {@link #borrow}, not to be used any more by the borrower. */
	void giveBack(FixedBitSet bits) {
		spare.offer(bits);
	}

	@FunctionalInterface
	interface ListReader {
		@Nullable FixedBitSet read() throws IOException;
	}

	/** Sets a list's documents in {@code into} (borrowed bits, all clear); whether it is in the index at all. */
	@FunctionalInterface
	interface ListFiller {
		boolean fill(FixedBitSet into) throws IOException;
	}

	private CatalogueColumns(List<Object> state, int maxDoc) {
		this.state = state;
		this.maxDoc = maxDoc;
		this.live = new FixedBitSet(Math.max(1, maxDoc));
		this.none = new FixedBitSet(Math.max(1, maxDoc));
		this.stars = new byte[maxDoc];
		this.photo = new FixedBitSet(Math.max(1, maxDoc));
		this.certifiedOn = new int[maxDoc];
		this.groups = new Ordinals(maxDoc);
		this.districts = new Ordinals(maxDoc);
		this.communes = new Ordinals(maxDoc);
		this.forms = new Ordinals(maxDoc);
		this.place = new int[maxDoc];
		this.docAt = new int[maxDoc];
		this.idHigh = new long[maxDoc];
		this.idLow = new long[maxDoc];
	}

	/** The state of the index a reader shows (equal for readers of the same segments and deletions). */
	static List<Object> state(IndexReader reader) {
		List<Object> state = new ArrayList<>(reader.leaves().size());
		for (LeafReaderContext leaf : reader.leaves()) {
			var helper = leaf.reader().getReaderCacheHelper();
			state.add(helper != null ? helper.getKey() : leaf.reader());
		}
		return state;
	}

	/** Reads the columns of every document of the reader, each at its place in the order by name. */
	static CatalogueColumns read(IndexReader reader) throws IOException {
		var columns = new CatalogueColumns(state(reader), reader.maxDoc());
		byte[][] orderKeys = new byte[reader.maxDoc()][];
		for (LeafReaderContext context : reader.leaves()) {
			BinaryDocValues keys = DocValues.getBinary(context.reader(), CatalogueEntry.ORDER_KEY);
			for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
				orderKeys[context.docBase + doc] = keys.advanceExact(doc) ? BytesRef.deepCopyOf(keys.binaryValue()).bytes
						: new byte[0];
			}
		}
		columns.placeByName(orderKeys);
		long[] days = new long[reader.maxDoc()];
		int[] place = columns.place;
		for (LeafReaderContext context : reader.leaves()) {
			LeafReader leaf = context.reader();
			int base = context.docBase;
			Bits liveDocs = leaf.getLiveDocs();
			SortedNumericDocValues stars = DocValues.getSortedNumeric(leaf, "stars");
			SortedNumericDocValues photo = DocValues.getSortedNumeric(leaf, "hasPhoto");
			SortedNumericDocValues certified = DocValues.getSortedNumeric(leaf, "certifiedOn");
			BinaryDocValues ids = DocValues.getBinary(leaf, ID_FIELD);
			int[] groups = columns.groups.leaf(leaf, "groupCode");
			int[] districts = columns.districts.leaf(leaf, "districtCode");
			int[] communes = columns.communes.leaf(leaf, "communeCode");
			int[] forms = columns.forms.leaf(leaf, "legalForm");
			SortedSetDocValues groupValues = DocValues.getSortedSet(leaf, "groupCode");
			SortedSetDocValues districtValues = DocValues.getSortedSet(leaf, "districtCode");
			SortedSetDocValues communeValues = DocValues.getSortedSet(leaf, "communeCode");
			SortedSetDocValues formValues = DocValues.getSortedSet(leaf, "legalForm");
			for (int doc = 0; doc < leaf.maxDoc(); doc++) {
				int at = place[base + doc];
				if (liveDocs != null && !liveDocs.get(doc) || !ids.advanceExact(doc)) {
					continue;
				}
				columns.live.set(at);
				UUID id = UUID.fromString(ids.binaryValue().utf8ToString());
				columns.idHigh[at] = id.getMostSignificantBits();
				columns.idLow[at] = id.getLeastSignificantBits();
				int docStars = stars.advanceExact(doc) ? (int) stars.nextValue() : 0;
				columns.stars[at] = (byte) docStars;
				columns.withStars(docStars).set(at);
				if (photo.advanceExact(doc) && photo.nextValue() != 0) {
					columns.photo.set(at);
				}
				days[at] = certified.advanceExact(doc) ? certified.nextValue() : Long.MIN_VALUE;
				columns.groups.set(at, groups, groupValues, doc);
				columns.districts.set(at, districts, districtValues, doc);
				columns.communes.set(at, communes, communeValues, doc);
				columns.forms.set(at, forms, formValues, doc);
			}
		}
		columns.rankDays(days);
		return columns;
	}

	private FixedBitSet withStars(int stars) {
		FixedBitSet bits = starBits[stars];
		if (bits == null) {
			bits = new FixedBitSet(Math.max(1, maxDoc));
			starBits[stars] = bits;
		}
		return bits;
	}

	private void rankDays(long[] days) {
		TreeSet<Long> distinct = new TreeSet<>();
		for (int doc = live.nextSetBit(0); doc < maxDoc; doc = next(doc)) {
			distinct.add(days[doc]);
		}
		Map<Long, Integer> rank = new HashMap<>();
		for (long day : distinct) {
			rank.put(day, rank.size());
		}
		for (int doc = live.nextSetBit(0); doc < maxDoc; doc = next(doc)) {
			certifiedOn[doc] = rank.get(days[doc]);
		}
	}

	/** Each document's place: by the order key's bytes (as the index sorts it), documents of equal keys by number. */
	private void placeByName(byte[][] keys) {
		Integer[] order = new Integer[maxDoc];
		for (int i = 0; i < maxDoc; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> {
			int c = Arrays.compareUnsigned(keys[a], keys[b]);
			return c != 0 ? c : Integer.compare(a, b);
		});
		for (int rank = 0; rank < maxDoc; rank++) {
			place[order[rank]] = rank;
			docAt[rank] = order[rank];
		}
	}

	private int next(int doc) {
		return doc + 1 < maxDoc ? live.nextSetBit(doc + 1) : maxDoc;
	}

	/** The values of a keyword field as ordinals of their codes (one value per document, or none: -1). */
	static final class Ordinals {

		final int[] of;

		private final List<String> codes = new ArrayList<>();

		private final Map<String, Integer> ordinals = new HashMap<>();

		Ordinals(int maxDoc) {
			this.of = new int[maxDoc];
			Arrays.fill(of, -1);
		}

		/** The number of distinct codes. */
		int size() {
			return codes.size();
		}

		String code(int ordinal) {
			return codes.get(ordinal);
		}

		/** The ordinal of a code, -1 if no document has it. */
		int ordinal(String code) {
			Integer ordinal = ordinals.get(code);
			return ordinal == null ? -1 : ordinal;
		}

		/** A leaf's ordinals mapped to these. */
		private int[] leaf(LeafReader leaf, String field) throws IOException {
			SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
			int[] mapped = new int[(int) values.getValueCount()];
			for (int ord = 0; ord < mapped.length; ord++) {
				String code = values.lookupOrd(ord).utf8ToString();
				mapped[ord] = ordinals.computeIfAbsent(code, c -> {
					codes.add(c);
					return codes.size() - 1;
				});
			}
			return mapped;
		}

		private void set(int at, int[] mapped, SortedSetDocValues values, int doc) throws IOException {
			if (values.advanceExact(doc)) {
				of[at] = mapped[(int) values.nextOrd()];
			}
		}
	}
}
