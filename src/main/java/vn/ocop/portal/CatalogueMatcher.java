package vn.ocop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

import vn.ocop.portal.CatalogueColumns.Kept;
import vn.ocop.portal.CatalogueColumns.WordLists;
import vn.ocop.portal.CatalogueColumns.ListFiller;
import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * One catalogue search over one state of the index: the rules of {@link CatalogueSearch}, worked out on bit sets
 * and the {@link CatalogueColumns} instead of a scored Lucene query.
 * <p>
 * Why: every word of a search is a union of three lists of documents, a search must count all its matches (the
 * total and the facets) and sorts them by weight, stars and name. As a Lucene query that meant, for every match,
 * advancing a conjunction of disjunctions, summing boosted constant scores, reading stars and the order key through
 * doc values and a sort comparator — at 100,000 entries several milliseconds of CPU per search, the whole cost of
 * the public API. Here a word's documents are read from the postings into a bit set (one pass over each list, no
 * scoring) and kept as one list by word, the words are intersected 64 documents at a time, each match is weighed by the lists that hold it, filtered
 * and counted with array reads, and ranked by one {@code long} (weight, stars, place by name) in a small heap.
 * <p>
 * The weights are those of {@link CatalogueSearch} in tenths, summed as integers: the beginning of a word of the
 * name 15, producer and place 10, description and story 3, a typo 8 (in the name and in the producer's name: 8
 * each, as the two fields' clauses of the query were summed), a whole word of the name 40, the exact spelling 20,
 * the words in order 30.
 */
final class CatalogueMatcher {

	static final int NAME = 40;
	static final int PREFIX = 15;
	static final int CONTEXT = 10;
	static final int ABOUT = 3;
	/** A typo, in the name or in the producer's name (each). */
	static final int TYPO = 8;
	static final int EXACT = 20;
	static final int IN_ORDER = 30;

	/** The reader of the index's state the columns were read from (open for this search). */
	private final IndexReader reader;
	private final CatalogueColumns columns;
	private final Analyzer searchAnalyzer;
	private final Analyzer exactAnalyzer;

	CatalogueMatcher(IndexReader reader, CatalogueColumns columns, Analyzer searchAnalyzer, Analyzer exactAnalyzer) {
		this.reader = reader;
		this.columns = columns;
		this.searchAnalyzer = searchAnalyzer;
		this.exactAnalyzer = exactAnalyzer;
	}

	/** What a search found: the page's product ids in order, the total and the facet counts (if asked). */
	record Found(long total, List<UUID> ids, Map<Integer, Long> stars, Map<String, Long> groups,
			Map<String, Long> districts, Map<String, Long> communes, Map<String, Long> forms) {
	}

	private static final Found NOTHING = new Found(0, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

	/** A word's lists: where it is found, and the name (which only adds weight). */
	private record Word(Kept prefix, Kept context, Kept about, Kept typoInName, Kept typoInProducer, Kept name) {
	}

	Found search(CatalogueQuery query, List<String> words, boolean facets, boolean typos, Set<String> area) {
		try {
			return find(query, words, facets, typos, area);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Found find(CatalogueQuery query, List<String> words, boolean facets, boolean typos, Set<String> area)
			throws IOException {
		// the matches in borrowed bits: a search makes no bit set of its own unless it reads a list
		FixedBitSet matches = columns.borrow(columns.live);
		var ofSearch = new WordsOfSearch(matches);
		try {
			return find(query, words, facets, typos, area, matches, ofSearch);
		}
		finally {
			columns.giveBack(matches);
			ofSearch.giveBack();
		}
	}

	/**
	 * The lists of the words of one search where typos are forgiven: a word's lists are looked up once for the
	 * search (its typos are needed to find it and again to weigh it). The typos of a word found nowhere as typed (a
	 * mistyped word) are not kept: such a word is rarely asked again, and its union with the terms near it would only
	 * push the kept typos of real words out. Its lists are made in bits borrowed for the search.
	 */
	private final class WordsOfSearch {

		private final Map<String, Word> words = new HashMap<>();
		private final List<FixedBitSet> borrowed = new ArrayList<>(2);

		/**
		 * The words of the matches (64 documents each) from the first that holds any to the last that does
		 * ({@code to} exclusive): none outside. Products of a kind are named alike and sit side by side in the order
		 * by name, so after a search's first word its matches often fill a small part of the catalogue, and the
		 * other words are found (their typos joined) and the matches weighed there only.
		 */
		int from;
		int to;

		WordsOfSearch(FixedBitSet matches) {
			this.to = matches.getBits().length;
			narrow(matches.getBits());
		}

		/** Keeps in {@code matches} only the documents also in {@code list}, then narrows the words. */
		void and(long[] matches, long[] list) {
			for (int word = from; word < to; word++) {
				matches[word] &= list[word];
			}
			narrow(matches);
		}

		private void narrow(long[] matches) {
			while (from < to && matches[from] == 0) {
				from++;
			}
			while (to > from && matches[to - 1] == 0) {
				to--;
			}
		}

		/** The word's lists with its typos; {@code kept}: whether its typos are to be kept (a word found as typed). */
		Word withTypos(String text, boolean kept) {
			Word word = words.get(text);
			if (word == null) {
				word = word(text, true, kept ? null : this);
				words.put(text, word);
			}
			return word;
		}

		/** Borrowed bits, given back at the end of the search. */
		FixedBitSet borrow() {
			FixedBitSet bits = columns.borrow();
			borrowed.add(bits);
			return bits;
		}

		void giveBack() {
			for (FixedBitSet bits : borrowed) {
				columns.giveBack(bits);
			}
		}
	}

	private Found find(CatalogueQuery query, List<String> words, boolean facets, boolean typos, Set<String> area,
			FixedBitSet matches, WordsOfSearch ofSearch) throws IOException {
		for (String text : words) {
			if (!andFound(matches, text, typos, ofSearch)) {
				// a word found nowhere: nothing matches, nothing to count (a search with a typo asks this first)
				return NOTHING;
			}
		}
		// the lists of each word weigh the matches (and tell which hold the words in order)
		boolean any = matches.nextSetBit(0) != DocIdSetIterator.NO_MORE_DOCS;
		List<Word> lists = new ArrayList<>(words.size());
		if (any) {
			for (String text : words) {
				lists.add(typos ? ofSearch.withTypos(text, true) : word(text, false, null));
			}
		}
		int stars = query.stars() == null ? -1 : query.stars();
		if (stars >= 0) {
			// the star filter on the bit set: the matches left are those counted, weighed and ranked
			FixedBitSet withStars = stars < columns.starBits.length ? columns.starBits[stars] : null;
			if (withStars != null) {
				ofSearch.and(matches.getBits(), withStars.getBits());
			}
			else {
				matches.clear();
			}
		}
		List<Kept> exact = List.of();
		Kept inOrder = Kept.NONE;
		if (any && query.q() != null && !words.isEmpty() && matches.nextSetBit(0) != DocIdSetIterator.NO_MORE_DOCS) {
			exact = exact(query.q());
			inOrder = inOrder(words, lists);
		}

		int group = query.group() == null ? -2 : columns.groups.ordinal(query.group());
		int form = query.form() == null ? -2 : columns.forms.ordinal(query.form());
		int district = query.unit() == null ? -2 : columns.districts.ordinal(query.unit());
		boolean[] inArea = null;
		if (query.unit() != null) {
			inArea = new boolean[columns.communes.size()];
			for (String code : area) {
				int ordinal = columns.communes.ordinal(code);
				if (ordinal >= 0) {
					inArea[ordinal] = true;
				}
			}
		}
		String sort = query.sort() == null ? (words.isEmpty() ? "stars" : "relevance") : query.sort();
		int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) (query.page() - 1) * query.size() + query.size());
		var top = new Top(wanted);

		int[] starCounts = new int[8];
		int[] groupCounts = new int[columns.groups.size()];
		int[] districtCounts = new int[columns.districts.size()];
		int[] communeCounts = new int[columns.communes.size()];
		int[] formCounts = new int[columns.forms.size()];
		int order = switch (sort) {
			case "name" -> BY_NAME;
			case "newest" -> NEWEST;
			case "stars" -> BY_STARS;
			default -> BY_WEIGHT;
		};
		Weights weights = order == BY_WEIGHT ? new Weights(lists, exact, inOrder) : null;
		long total = 0;
		// the columns in locals: the compiler of a public node (C1) reads a field again at every use
		byte[] starsOf = columns.stars;
		int[] groupOf = columns.groups.of;
		int[] formOf = columns.forms.of;
		int[] districtOf = columns.districts.of;
		int[] communeOf = columns.communes.of;
		// the other columns are read per match only where a filter needs them; without one, the facets are counted
		// block by block apart from the ranking (which can then pass over the blocks that cannot enter the top)
		boolean narrowed = group != -2 || form != -2 || inArea != null;
		// 64 documents at a time: a word of the matches, and (to weigh them) the same word of every list
		long[] blocks = matches.getBits();
		// once the top is full, a key at or above the worst it keeps cannot enter it
		long worst = Long.MAX_VALUE;
		for (int block = ofSearch.from; block < ofSearch.to; block++) {
			long left = blocks[block];
			if (left == 0) {
				continue;
			}
			if (!narrowed) {
				// nothing to filter per match: the block's matches are counted at once
				total += Long.bitCount(left);
				if (facets) {
					countBlock(block, left, starCounts, groupCounts, districtCounts, formCounts);
				}
			}
			if (weights != null) {
				int best = weights.block(block, left);
				if (!narrowed && worst != Long.MAX_VALUE) {
					int least = 0xFFFF - (int) (worst >>> 40);
					if (best < least) {
						continue; // no match of the block weighs enough to enter the top
					}
					if (best == least) {
						// those that weigh the most weigh as much as the worst kept: they enter only with as many stars
						left &= atLeast(block, 7 - (int) (worst >>> 32 & 0xFF));
					}
				}
			}
			else if (order == BY_STARS && !narrowed && worst != Long.MAX_VALUE) {
				left &= atLeast(block, 7 - (int) (worst >>> 33));
			}
			for (; left != 0; left &= left - 1) {
				int bit = lowestBit(left);
				int doc = block << 6 | bit;
				int docStars = starsOf[doc];
				if (narrowed) {
					int docGroup = groupOf[doc];
					int docForm = formOf[doc];
					int docDistrict = districtOf[doc];
					int docCommune = communeOf[doc];
					if (group != -2 && docGroup != group || form != -2 && docForm != form
							|| inArea != null && !(district >= 0 && docDistrict == district
									|| docCommune >= 0 && inArea[docCommune])) {
						continue;
					}
					if (facets) {
						starCounts[docStars]++;
						count(groupCounts, docGroup);
						count(districtCounts, docDistrict);
						count(communeCounts, docCommune);
						count(formCounts, docForm);
					}
					total++;
				}
				int rank = doc; // a match's number is its place in the order by name
				long key = switch (order) {
					case BY_NAME -> rank;
					case NEWEST -> ((long) (0xFFFFF - columns.certifiedOn[doc]) << 32) | rank;
					case BY_STARS -> ((long) (7 - docStars) << 33) | ((columns.photo.get(doc) ? 0L : 1L) << 32) | rank;
					default -> ((long) (0xFFFF - weights.of(bit)) << 40) | ((long) (7 - docStars) << 32) | rank;
				};
				if (key < worst) {
					worst = top.offer(key);
				}
			}
		}

		long[] keys = top.sorted();
		int from = (query.page() - 1) * query.size();
		List<UUID> ids = new ArrayList<>(Math.max(0, Math.min(query.size(), keys.length - from)));
		for (int i = from; i < keys.length; i++) {
			ids.add(columns.id((int) (keys[i] & 0xFFFFFFFFL)));
		}
		if (!facets) {
			return new Found(total, ids, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
		}
		Map<Integer, Long> byStars = new LinkedHashMap<>();
		for (int s = starCounts.length - 1; s >= 0 && byStars.size() < 5; s--) {
			if (starCounts[s] > 0) {
				byStars.put(s, (long) starCounts[s]);
			}
		}
		return new Found(total, ids, byStars, counts(groupCounts, columns.groups::code, 50),
				counts(districtCounts, columns.districts::code, 50),
				query.unit() != null ? counts(communeCounts, columns.communes::code, 300) : Map.of(),
				counts(formCounts, columns.forms::code, 10));
	}

	/**
	 * Counts the facets of a block's matches (all of them: no filter but the stars, already applied): the stars by
	 * the bits of each star count, the group, district and form per match (the communes are counted only for a
	 * search within an area, which is filtered per match).
	 */
	private void countBlock(int block, long matches, int[] starCounts, int[] groupCounts, int[] districtCounts,
			int[] formCounts) {
		FixedBitSet[] bits = columns.starBits;
		for (int s = 0; s < bits.length; s++) {
			if (bits[s] != null) {
				starCounts[s] += Long.bitCount(matches & bits[s].getBits()[block]);
			}
		}
		int[] groupOf = columns.groups.of;
		int[] formOf = columns.forms.of;
		int[] districtOf = columns.districts.of;
		for (long left = matches; left != 0; left &= left - 1) {
			int doc = block << 6 | lowestBit(left);
			count(groupCounts, groupOf[doc]);
			count(districtCounts, districtOf[doc]);
			count(formCounts, formOf[doc]);
		}
	}

	/** The documents of this block with at least {@code stars} stars (as a word of bits). */
	private long atLeast(int block, int stars) {
		long any = 0;
		FixedBitSet[] bits = columns.starBits;
		for (int s = Math.max(0, stars); s < bits.length; s++) {
			if (bits[s] != null) {
				any |= bits[s].getBits()[block];
			}
		}
		return any;
	}

	/**
	 * Keeps in {@code matches} the documents where the word is found: in any of its lists but the name (which only
	 * adds weight), or within a typo of it where typos are forgiven; false when it is found nowhere. Kept by word:
	 * the words of people's searches repeat far more than the searches. Its union with its typos is not kept (a
	 * mistyped word is asked once): it is made in borrowed bits.
	 */
	private boolean andFound(FixedBitSet matches, String text, boolean typos, WordsOfSearch ofSearch) {
		Kept plain = lists(text).found();
		Kept inName = Kept.NONE;
		Kept inProducer = Kept.NONE;
		if (typos && text.length() >= CatalogueSearch.FUZZY_MIN) {
			Word word = ofSearch.withTypos(text, plain != Kept.NONE);
			inName = word.typoInName();
			inProducer = word.typoInProducer();
		}
		if (inName == Kept.NONE && inProducer == Kept.NONE) {
			if (plain == Kept.NONE) {
				return false;
			}
			if (plain.bits() != null) {
				ofSearch.and(matches.getBits(), plain.bits().getBits());
				return true;
			}
		}
		// the word's documents where the matches are (the others could only be taken out again)
		FixedBitSet any = columns.borrow();
		try {
			long[] words = any.getBits();
			plain.orInto(words, ofSearch.from, ofSearch.to);
			inName.orInto(words, ofSearch.from, ofSearch.to);
			inProducer.orInto(words, ofSearch.from, ofSearch.to);
			ofSearch.and(matches.getBits(), words);
		}
		finally {
			columns.giveBack(any);
		}
		return true;
	}

	/**
	 * The lists of the words of the text as typed (with its diacritics) in the name: a match query's terms (a
	 * document in any of them weighs the exact spelling once).
	 */
	private List<Kept> exact(String text) {
		List<Kept> lists = new ArrayList<>();
		for (String term : VietnameseAnalysis.terms(exactAnalyzer, text)) {
			Kept list = columns.kept("name_exact\u0000" + term, (ListFiller) into -> fill("name_exact", term, into));
			if (list != Kept.NONE) {
				lists.add(list);
			}
		}
		return lists;
	}

	/**
	 * The documents with the words in this order in the name: one word is its own list of the name; two, a phrase
	 * query ({@link #pair}); more, the documents where every two neighbours are in order ({@link #inOrder(String,
	 * List, List)}).
	 */
	private Kept inOrder(List<String> words, List<Word> lists) {
		if (words.size() == 1) {
			return lists.get(0).name();
		}
		for (Word word : lists) {
			if (word.name() == Kept.NONE) {
				return Kept.NONE;
			}
		}
		// pairs ("nuoc mam", "mam ky") repeat far more than whole searches, and a pair that no name holds ends it
		List<Kept> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < words.size(); i++) {
			Kept pair = pair(words.get(i), words.get(i + 1), lists.get(i).name(), lists.get(i + 1).name());
			if (pair == Kept.NONE) {
				return Kept.NONE;
			}
			pairs.add(pair);
		}
		if (words.size() == 2) {
			return pairs.get(0);
		}
		List<Kept> names = lists.stream().map(Word::name).toList();
		return columns.phrase(String.join(" ", words), () -> inOrder(String.join(" ", words), names, pairs));
	}

	/**
	 * The documents with three words or more in this order in the name, from the lists of its words in the name
	 * and of its pairs: where each two neighbours are in order and no word of the phrase is twice in the name, the
	 * words are in order (word {@code i + 1} is right after word {@code i}, each where it is alone in the name), so
	 * only the few names with a word twice are asked of the phrase query. Reads kept lists: a loader of the kept
	 * phrases only.
	 */
	private @Nullable FixedBitSet inOrder(String phrase, List<Kept> names, List<Kept> pairs) throws IOException {
		FixedBitSet all = copy(names.get(0));
		for (Kept name : names.subList(1, names.size())) {
			all.and(columns.bits(name));
		}
		for (Kept pair : pairs) {
			all.and(columns.bits(pair));
		}
		if (all.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
			return null;
		}
		Query query = new QueryBuilder(searchAnalyzer).createPhraseQuery("name", phrase);
		List<String> words = List.of(phrase.split(" "));
		if (!(query instanceof PhraseQuery terms) || !terms.getField().equals("name")
				|| !Arrays.stream(terms.getTerms()).map(Term::text).toList().equals(words)
				|| !Arrays.equals(terms.getPositions(), IntStream.range(0, words.size()).toArray())) {
			return matching(query, all); // the words analysed are not the words: the phrase query decides
		}
		FixedBitSet twice = null;
		for (String word : new LinkedHashSet<>(words)) {
			FixedBitSet repeated = columns.list("name\u0001" + word, () -> repeated("name", word));
			if (repeated != null) {
				if (twice == null) {
					twice = repeated.clone();
				}
				else {
					twice.or(repeated);
				}
			}
		}
		if (twice != null) {
			twice.and(all);
			if (twice.nextSetBit(0) != DocIdSetIterator.NO_MORE_DOCS) {
				all.andNot(twice);
				FixedBitSet sure = matching(query, twice);
				if (sure != null) {
					all.or(sure);
				}
			}
		}
		return all.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS ? null : all;
	}

	/**
	 * The documents with two words in this order in the name (kept by pair), looked for among the
	 * documents with both words in the name only, which depend on the pair alone, so the kept list is the same
	 * whatever search asks for it. Reading the positions of those few documents costs far less than a phrase
	 * query's walk over the postings of every word.
	 */
	private Kept pair(String first, String second, Kept firstInName, Kept secondInName) {
		String phrase = first + " " + second;
		return columns.pair(phrase, () -> {
			FixedBitSet both = copy(firstInName);
			both.and(columns.bits(secondInName));
			return matching(new QueryBuilder(searchAnalyzer).createPhraseQuery("name", phrase), both);
		});
	}

	/** New bits with the documents of a list that has some. */
	private FixedBitSet copy(Kept list) {
		FixedBitSet bits = new FixedBitSet(Math.max(1, columns.maxDoc));
		list.orInto(bits);
		return bits;
	}

	/** The documents whose field holds the term more than once ({@code null}: none). */
	private @Nullable FixedBitSet repeated(String field, String term) throws IOException {
		FixedBitSet bits = null;
		Term t = new Term(field, term);
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(t, PostingsEnum.FREQS);
			if (postings == null) {
				continue;
			}
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if (postings.freq() > 1) {
					if (bits == null) {
						bits = new FixedBitSet(Math.max(1, columns.maxDoc));
					}
					bits.set(columns.place[leaf.docBase + doc]);
				}
			}
		}
		return bits;
	}

	/**
	 * The number of the lowest set bit of a non-zero {@code long}, without a call: the public node's compiler (C1)
	 * calls {@link Long#numberOfTrailingZeros} as a method (its body is too long to inline and C1 has no intrinsic
	 * for it), which was 7 % of the matcher's CPU, once per match. The lowest bit alone, times a de Bruijn sequence,
	 * has a distinct top six bits for each of the 64 positions.
	 */
	static int lowestBit(long word) {
		return LOWEST_BIT[(int) (((word & -word) * DE_BRUIJN) >>> 58)];
	}

	private static final long DE_BRUIJN = 0x022FDD63CC95386DL;

	private static final byte[] LOWEST_BIT = new byte[64];

	static {
		for (int bit = 0; bit < 64; bit++) {
			LOWEST_BIT[(int) (((1L << bit) * DE_BRUIJN) >>> 58)] = (byte) bit;
		}
	}

	private static final int BY_WEIGHT = 0;
	private static final int BY_NAME = 1;
	private static final int NEWEST = 2;
	private static final int BY_STARS = 3;

	/**
	 * The weight of a match (tenths, see the class): the sum of the weights of the lists that hold it. Weighed 64
	 * documents at a time: for each block of the matches, each list's word of that block is read once
	 * ({@link #block}); a match's weight is then the sum of the weights of the lists whose word holds its bit
	 * ({@link #of}).
	 */
	private static final class Weights {

		/** Each list's words when it is one dense list (most are), else {@code null}. */
		private final long[] @Nullable [] single;
		/** Each other list's dense parts: the terms of the exact spelling (a document in any of them counts). */
		private final long[][] @Nullable [] dense;
		/** Each other list's sparse parts, read from their gaps as the blocks go by. */
		private final CatalogueColumns.GapBlocks[] @Nullable [] sparse;
		private final int[] weights;
		/** The current block's words of the lists that hold some but not all of its matches, and their weights. */
		private final long[] words;
		private final int[] partWeights;
		private int parts;
		/** The weight of the lists that hold every match of the current block. */
		private int base;

		Weights(List<Word> words, List<Kept> exact, Kept inOrder) {
			int most = words.size() * 6 + 2;
			this.single = new long[most][];
			this.dense = new long[most][][];
			this.sparse = new CatalogueColumns.GapBlocks[most][];
			this.weights = new int[most];
			for (Word word : words) {
				add(word.prefix(), PREFIX);
				add(word.context(), CONTEXT);
				add(word.about(), ABOUT);
				add(word.typoInName(), TYPO);
				add(word.typoInProducer(), TYPO);
				add(word.name(), NAME);
			}
			if (exact.size() == 1) {
				add(exact.get(0), EXACT);
			}
			else if (!exact.isEmpty()) {
				List<long[]> bits = new ArrayList<>();
				List<CatalogueColumns.GapBlocks> gaps = new ArrayList<>();
				for (Kept part : exact) {
					if (part.bits() != null) {
						bits.add(part.bits().getBits());
					}
					else if (part.gaps() != null) {
						gaps.add(part.blocks());
					}
				}
				dense[count] = bits.toArray(long[][]::new);
				sparse[count] = gaps.toArray(CatalogueColumns.GapBlocks[]::new);
				weights[count++] = EXACT;
			}
			add(inOrder, IN_ORDER);
			this.words = new long[count];
			this.partWeights = new int[count];
		}

		/** The number of lists. */
		private int count;

		private void add(Kept list, int weight) {
			if (list.bits() != null) {
				single[count] = list.bits().getBits();
			}
			else if (list.gaps() != null) {
				dense[count] = new long[0][];
				sparse[count] = new CatalogueColumns.GapBlocks[] { list.blocks() };
			}
			else {
				return;
			}
			weights[count++] = weight;
		}

		/**
		 * Reads the lists' words of this block of documents (only the bits of {@code matches} matter): a list that
		 * holds every match of the block adds its weight to all of them ({@link #base}), only the others are read
		 * per match. Most lists of a block hold all its matches or none.
		 *
		 * @return the most a match of the block can weigh
		 */
		int block(int block, long matches) {
			int base = 0;
			int parts = 0;
			int most = 0;
			for (int i = 0; i < count; i++) {
				long word = 0;
				long[] one = single[i];
				if (one != null) {
					if (block < one.length) {
						word = one[block];
					}
				}
				else {
					for (long[] bits : dense[i]) {
						if (block < bits.length) {
							word |= bits[block];
						}
					}
					for (CatalogueColumns.GapBlocks gaps : sparse[i]) {
						word |= gaps.word(block);
					}
				}
				word &= matches;
				if (word == 0) {
					continue;
				}
				if (word == matches) {
					base += weights[i];
				}
				else {
					words[parts] = word;
					partWeights[parts++] = weights[i];
					most += weights[i];
				}
			}
			this.base = base;
			this.parts = parts;
			return base + most;
		}

		/** The weight of the document at {@code bit} of the current block. */
		int of(int bit) {
			int weight = base;
			for (int i = 0; i < parts; i++) {
				weight += (int) (words[i] >>> bit & 1) * partWeights[i];
			}
			return weight;
		}
	}

	/** The edits a typo of the word may make: two from seven letters on, else one. */
	private static int edits(String word) {
		return word.length() >= 7 ? 2 : 1;
	}

	/**
	 * A word's lists, with its typos if {@code typos}: kept, or (with {@code unkept}) made in bits borrowed for the
	 * search.
	 */
	private Word word(String word, boolean typos, @Nullable WordsOfSearch unkept) {
		Kept typoInName = Kept.NONE;
		Kept typoInProducer = Kept.NONE;
		if (typos && word.length() >= CatalogueSearch.FUZZY_MIN) {
			int edits = edits(word);
			// not kept as one list: its terms' lists are (a loader of the kept lists must not read other kept lists)
			typoInName = typos("name", word, edits, unkept);
			typoInProducer = typos("producerName", word, edits, unkept);
		}
		WordLists own = lists(word);
		return new Word(own.prefix(), own.context(), own.about(), typoInName, typoInProducer, own.name());
	}

	/** The word's own lists and where it is found, as kept by word, read from the postings when not kept. */
	private WordLists lists(String word) {
		return columns.word(word, () -> {
			Kept prefix = columns.unkept(into -> fill("name_prefix", word, into));
			Kept context = columns.unkept(into -> fill("context", word, into));
			Kept about = columns.unkept(into -> fill("about", word, into));
			Kept name = columns.unkept(into -> fill("name", word, into));
			return new WordLists(found(prefix, context, about), prefix, context, about, name);
		});
	}

	/** Where a word is found: the union of its lists but the name (one of them, when only it holds any). */
	private Kept found(Kept prefix, Kept context, Kept about) throws IOException {
		int some = (prefix != Kept.NONE ? 1 : 0) + (context != Kept.NONE ? 1 : 0) + (about != Kept.NONE ? 1 : 0);
		if (some <= 1) {
			return prefix != Kept.NONE ? prefix : context != Kept.NONE ? context : about;
		}
		return columns.unkept(into -> {
			prefix.orInto(into);
			context.orInto(into);
			about.orInto(into);
			return true;
		});
	}

	/**
	 * The documents of a typo: the union of the lists of the terms its fuzzy query stands for (at most 50, the
	 * nearest first: found by {@link TypoTerms}, or chosen by Lucene's fuzzy rewrite where only Lucene can tell). Typos rarely repeat, the words they come near to do: each term's list is
	 * kept, so a new typo costs the choice of its terms, not a pass over all their documents; the union is kept
	 * too, by word (most words of a search that needs typos are spelt right, and asked again).
	 */
	private Kept typos(String field, String word, int edits, @Nullable WordsOfSearch unkept) {
		if (unkept != null) {
			FixedBitSet bits = unkept.borrow();
			try {
				return typos(field, word, edits, bits, false) ? new Kept(bits, null) : Kept.NONE;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return columns.keptTypos(field, word, edits, into -> typos(field, word, edits, into, true));
	}

	/**
	 * Sets the documents of the typos of the word in {@code into}; whether there are any. {@code keep}: the lists
	 * of the terms near it are kept as they are read; else (the typos of a mistyped word) a term's list is read from
	 * the kept lists if there, from the postings if not, and not kept: the rare terms near a mistyped word are
	 * rarely asked again, and keeping each pushed a list out of the cache at every miss.
	 */
	private boolean typos(String field, String word, int edits, FixedBitSet into, boolean keep) throws IOException {
		List<String> near = columns.typoTerms(reader, field).within(word, edits);
		if (near != null) {
			return union(near.stream().map(text -> new Term(field, text)).toList(), into, keep);
		}
		Set<Term> terms = new HashSet<>();
		new IndexSearcher(reader).rewrite(new FuzzyQuery(new Term(field, word), edits, 1))
				.visit(QueryVisitor.termCollector(terms));
		return union(terms, into, keep);
	}

	/**
	 * Sets the documents of any of the terms in {@code into}, from their kept lists (read and kept when not there
	 * if {@code keep}, else read from the postings); whether any has some.
	 */
	private boolean union(Iterable<Term> terms, FixedBitSet into, boolean keep) throws IOException {
		boolean any = false;
		for (Term term : terms) {
			String field = term.field();
			String text = term.text();
			String key = field + '\u0000' + text;
			Kept list = keep ? columns.kept(key, (ListFiller) bits -> fill(field, text, bits)) : columns.keptIfAny(key);
			if (list == null) {
				any |= fill(field, text, into);
			}
			else if (list != Kept.NONE) {
				list.orInto(into);
				any = true;
			}
		}
		return any;
	}


	/** Sets the documents whose field holds the term in {@code into}; whether the term is in the index. */
	private boolean fill(String field, String term, FixedBitSet into) throws IOException {
		boolean any = false;
		Term t = new Term(field, term);
		// the bits set here, not through FixedBitSet.set: C1 calls that (its assertion makes it too long to inline)
		long[] words = into.getBits();
		int[] place = columns.place;
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(t, PostingsEnum.NONE);
			if (postings == null) {
				continue;
			}
			any = true;
			int base = leaf.docBase;
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				int at = place[base + doc];
				words[at >> 6] |= 1L << at;
			}
		}
		return any;
	}

	/**
	 * The documents among {@code candidates} that a query matches ({@code null}: none, or no query): each
	 * candidate is asked of the query's iterator (its cheap approximation first, then the exact check), so the cost
	 * follows the candidates, not the postings. Both by place in the order by name; the query is asked by document
	 * number.
	 */
	private @Nullable FixedBitSet matching(@Nullable Query query, FixedBitSet places) throws IOException {
		if (query == null) {
			return null;
		}
		FixedBitSet candidates = new FixedBitSet(Math.max(1, columns.maxDoc));
		for (int at = places.nextSetBit(0); at != DocIdSetIterator.NO_MORE_DOCS;
				at = at + 1 < places.length() ? places.nextSetBit(at + 1) : DocIdSetIterator.NO_MORE_DOCS) {
			candidates.set(columns.docAt[at]);
		}
		var searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		FixedBitSet bits = null;
		int length = candidates.length();
		for (LeafReaderContext leaf : reader.leaves()) {
			int base = leaf.docBase;
			int end = Math.min(length, base + leaf.reader().maxDoc());
			if (base >= end) {
				continue;
			}
			int doc = candidates.nextSetBit(base);
			if (doc >= end) {
				continue;
			}
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
			DocIdSetIterator approximation = twoPhase != null ? twoPhase.approximation() : scorer.iterator();
			while (doc < end) {
				int target = doc - base;
				int at = approximation.docID() >= target ? approximation.docID() : approximation.advance(target);
				if (at == DocIdSetIterator.NO_MORE_DOCS) {
					break;
				}
				if (at == target) {
					if (twoPhase == null || twoPhase.matches()) {
						if (bits == null) {
							bits = new FixedBitSet(Math.max(1, columns.maxDoc));
						}
						bits.set(columns.place[doc]);
					}
					doc = doc + 1 < length ? candidates.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
				}
				else {
					doc = base + at < length ? candidates.nextSetBit(base + at) : DocIdSetIterator.NO_MORE_DOCS;
				}
			}
		}
		return bits;
	}

	private static void count(int[] counts, int ordinal) {
		if (ordinal >= 0) {
			counts[ordinal]++;
		}
	}

	/** The most frequent codes first (equal counts by code), at most {@code limit}. */
	private static Map<String, Long> counts(int[] counts, Function<Integer, String> code, int limit) {
		List<Integer> present = new ArrayList<>();
		for (int ordinal = 0; ordinal < counts.length; ordinal++) {
			if (counts[ordinal] > 0) {
				present.add(ordinal);
			}
		}
		present.sort(Comparator.<Integer>comparingInt(o -> -counts[o]).thenComparing(code));
		Map<String, Long> found = new LinkedHashMap<>();
		for (int ordinal : present.subList(0, Math.min(limit, present.size()))) {
			found.put(code.apply(ordinal), (long) counts[ordinal]);
		}
		return found;
	}

	/** The smallest keys offered, at most {@code size} of them (a heap of their negations). */
	private static final class Top {

		private final int size;
		private @Nullable LongHeap heap;
		private long[] all = new long[16];
		private int count;

		Top(int size) {
			this.size = size;
			// a page deep in the results keeps every key and sorts them once
			this.heap = size <= 1024 ? new LongHeap(size) : null;
		}

		/** Offers a key; the key at or above which no key can enter any more ({@code Long.MAX_VALUE} until full). */
		long offer(long key) {
			if (heap != null) {
				heap.insertWithOverflow(-key);
				return heap.size() < size ? Long.MAX_VALUE : -heap.top();
			}
			if (count == all.length) {
				all = java.util.Arrays.copyOf(all, count * 2);
			}
			all[count++] = key;
			return Long.MAX_VALUE;
		}

		long[] sorted() {
			if (heap == null) {
				long[] keys = java.util.Arrays.copyOf(all, count);
				java.util.Arrays.sort(keys);
				return keys.length > size ? java.util.Arrays.copyOf(keys, size) : keys;
			}
			long[] keys = new long[heap.size()];
			for (int i = keys.length - 1; i >= 0; i--) {
				keys[i] = -heap.pop();
			}
			return keys;
		}
	}
}
