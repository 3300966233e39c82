package vn.ocop.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The terms of one field of one state of the index, by their first letter, to find the terms a typo stands for
 * without Lucene's fuzzy rewrite. That rewrite builds a Levenshtein automaton for every word (typos rarely repeat,
 * so it is built again for nearly every search that needs one) and intersects it with the term dictionary: about
 * a tenth of the CPU of a public API search at 100,000 entries. Comparing the word with each term of its first
 * letter costs far less: the catalogue's words are a few hundred distinct terms, most of the others being numbers
 * (first letter a digit).
 * <p>
 * The answer is the one of {@code new FuzzyQuery(term, edits, 1)}: the terms with the same first letter whose rest
 * is within {@code edits} edits of the word's rest, a swap of two neighbouring letters counting as one edit. The
 * fuzzy query keeps at most {@value FuzzyQuery#defaultMaxExpansions} terms, the nearest first: when more terms are
 * that near, which of them it keeps is Lucene's choice, so this gives no answer ({@code null}) and the caller asks
 * Lucene. It gives none either when the two ways of counting a swap (between letters that are also edited, or not)
 * disagree for some term: either way, the answer is then Lucene's own.
 * <p>
 * The layout is compact because it is kept for the life of a state of the index, for two fields: at 100,000
 * entries of the bench catalogue the name holds 100,169 terms and the producer's name 50,156 (100,000 and 50,000
 * of them numbers; 729,000 code points in all, every one ASCII once folded). Kept as a map of lists of one
 * {@code int[]} per term, the two took 6.8 MB of heap (hash map nodes, array lists, about 130,000 small arrays).
 * Here a field's terms are grouped by first code point (a sorted array of them, searched by bisection; the
 * dictionary's order within a group) and their rests, the first code point left out, are laid end to end in one
 * array (one byte a code point when all are below 256, else one int), with an array of where each begins: 0.58 MB
 * of letters and 0.6 MB of offsets for those two fields, in a handful of arrays. The distances are counted on a term's slice of
 * that array, with rows allocated once per word.
 */
final class TypoTerms {

	/** The first code points of the terms, ascending: one group of terms each. */
	private final int[] firsts;

	/** The index of the first term of each group of {@link #firsts}, and after them the number of terms. */
	private final int[] groups;

	/** Where the rest of each term begins in {@link #rests}, and after them the number of code points. */
	private final int[] starts;

	/** The code points of the terms after their first one, term after term. */
	private final Letters rests;

	private TypoTerms(int[] firsts, int[] groups, int[] starts, Letters rests) {
		this.firsts = firsts;
		this.groups = groups;
		this.starts = starts;
		this.rests = rests;
	}

	/** Reads the field's terms (of every segment, deleted documents' included, as the fuzzy query sees them). */
	static TypoTerms read(IndexReader reader, String field) throws IOException {
		// the terms as they come: each one's first code point and where its rest ends in one growing array
		int count = 0;
		int[] first = new int[1024];
		int[] end = new int[1024];
		int[] letters = new int[8192];
		int size = 0;
		int widest = 0;
		Terms terms = MultiTerms.getTerms(reader, field);
		if (terms != null) {
			TermsEnum each = terms.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				int[] codePoints = term.utf8ToString().codePoints().toArray();
				if (codePoints.length == 0) {
					continue;
				}
				if (count == first.length) {
					first = Arrays.copyOf(first, count * 2);
					end = Arrays.copyOf(end, count * 2);
				}
				if (size + codePoints.length > letters.length) {
					letters = Arrays.copyOf(letters, Math.max(letters.length * 2, size + codePoints.length));
				}
				for (int i = 1; i < codePoints.length; i++) {
					letters[size++] = codePoints[i];
					widest = Math.max(widest, codePoints[i]);
				}
				first[count] = codePoints[0];
				end[count++] = size;
			}
		}
		// grouped by first code point, keeping the dictionary's order within a group (as it is, UTF-8's byte order
		// being the code points' order: each group is then already in one piece)
		int[] firsts = Arrays.stream(first, 0, count).distinct().sorted().toArray();
		int[] groups = new int[firsts.length + 1];
		for (int t = 0; t < count; t++) {
			groups[Arrays.binarySearch(firsts, first[t]) + 1]++;
		}
		for (int g = 0; g < firsts.length; g++) {
			groups[g + 1] += groups[g];
		}
		int[] next = Arrays.copyOf(groups, firsts.length);
		int[] at = new int[count];
		int[] length = new int[count];
		for (int t = 0; t < count; t++) {
			at[t] = next[Arrays.binarySearch(firsts, first[t])]++;
			length[at[t]] = end[t] - (t == 0 ? 0 : end[t - 1]);
		}
		int[] starts = new int[count + 1];
		for (int s = 0; s < count; s++) {
			starts[s + 1] = starts[s] + length[s];
		}
		Letters rests = widest < 256 ? new Letters(new byte[size], null) : new Letters(null, new int[size]);
		for (int t = 0; t < count; t++) {
			rests.copy(letters, t == 0 ? 0 : end[t - 1], end[t], starts[at[t]]);
		}
		return new TypoTerms(firsts, groups, starts, rests);
	}

	/**
	 * The terms within {@code edits} (1 or 2) of {@code word} with its first letter; {@code null} when the answer is
	 * Lucene's to give (more than {@value FuzzyQuery#defaultMaxExpansions} such terms, or a swap counted two ways).
	 */
	@Nullable List<String> within(String word, int edits) {
		int[] typed = word.codePoints().toArray();
		List<String> found = new ArrayList<>();
		if (typed.length == 0) {
			return found;
		}
		int group = Arrays.binarySearch(firsts, typed[0]);
		if (group < 0) {
			return found;
		}
		// a term within reach has at most edits more code points than the word: rows of that length, for every term
		int[][] rows = new int[3][typed.length + edits];
		for (int t = groups[group]; t < groups[group + 1]; t++) {
			int from = starts[t];
			int length = starts[t + 1] - from;
			if (Math.abs(length + 1 - typed.length) > edits) {
				continue;
			}
			int restricted = restrictedDistance(typed, rests, from, length, edits, rows);
			// within one edit both ways of counting agree; within two, only a swap with a letter between differs
			if (edits > 1 && restricted == edits + 1 && distance(typed, rests, from, length) <= edits) {
				return null; // a swap with an edit between: Lucene's automaton decides
			}
			if (restricted <= edits) {
				if (found.size() == FuzzyQuery.defaultMaxExpansions) {
					return null;
				}
				found.add(rests.text(typed[0], from, length));
			}
		}
		return found;
	}

	/**
	 * The edits between the word after its first letter and a term's rest ({@code length} code points of
	 * {@code b} from {@code from}; optimal string alignment: insertions, deletions, substitutions and swaps of
	 * neighbours, no letter edited twice), or {@code limit + 2} once it is sure to be more than {@code limit + 1}.
	 * {@code rows}: three rows of at least {@code length + 1} ints each, overwritten.
	 */
	static int restrictedDistance(int[] a, Letters b, int from, int length, int limit, int[][] rows) {
		int n = a.length - 1;
		int m = length;
		int offset = from - 1; // b's code point j (from 1) is at offset + j
		int cap = limit + 2;
		int[] before = rows[0];
		int[] previous = rows[1];
		int[] current = rows[2];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		int bestBefore = 0;
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= m; j++) {
				int bj = b.at(offset + j);
				int cost = a[i] == bj ? 0 : 1;
				int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a[i] == b.at(offset + j - 1) && a[i - 1] == bj) {
					d = Math.min(d, before[j - 2] + 1);
				}
				current[j] = d;
				best = Math.min(best, d);
			}
			// a later row adds to this row or (a swap) to the row before it, plus one
			if (best >= cap && bestBefore >= cap - 1) {
				return cap;
			}
			bestBefore = best;
			int[] spare = before;
			before = previous;
			previous = current;
			current = spare;
		}
		return Math.min(previous[m], cap);
	}

	/**
	 * The edits between the word after its first letter and a term's rest ({@code length} code points of
	 * {@code b} from {@code from}) when a swapped pair may also have letters inserted between (Damerau–Levenshtein
	 * distance, Lowrance and Wagner's algorithm). Rarely needed: it allocates its own table.
	 */
	static int distance(int[] a, Letters b, int from, int length) {
		int n = a.length - 1;
		int m = length;
		int offset = from - 1;
		int infinity = n + m;
		int[][] d = new int[n + 2][m + 2];
		d[0][0] = infinity;
		for (int i = 0; i <= n; i++) {
			d[i + 1][0] = infinity;
			d[i + 1][1] = i;
		}
		for (int j = 0; j <= m; j++) {
			d[0][j + 1] = infinity;
			d[1][j + 1] = j;
		}
		Map<Integer, Integer> lastRow = new HashMap<>();
		for (int i = 1; i <= n; i++) {
			int lastMatchColumn = 0;
			for (int j = 1; j <= m; j++) {
				int bj = b.at(offset + j);
				int i1 = lastRow.getOrDefault(bj, 0);
				int j1 = lastMatchColumn;
				int cost = 1;
				if (a[i] == bj) {
					cost = 0;
					lastMatchColumn = j;
				}
				d[i + 1][j + 1] = Math.min(Math.min(d[i][j] + cost, d[i + 1][j] + 1),
						Math.min(d[i][j + 1] + 1, d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1)));
			}
			lastRow.put(a[i], i);
		}
		return d[n + 1][m + 1];
	}

	/** Code points end to end: one byte each when all are below 256 ({@code narrow}), else one int each. */
	static final class Letters {

		private final byte[] narrow;

		private final int[] wide;

		private final boolean isNarrow;

		Letters(byte @Nullable [] narrow, int @Nullable [] wide) {
			this.isNarrow = narrow != null;
			this.narrow = narrow != null ? narrow : new byte[0];
			this.wide = wide != null ? wide : new int[0];
		}

		/** The code points of the array, one int each (as the tests give them). */
		static Letters of(int[] codePoints) {
			return new Letters(null, codePoints);
		}

		int at(int index) {
			return isNarrow ? narrow[index] & 0xFF : wide[index];
		}

		/** Copies {@code source}'s code points from {@code from} to {@code to} here, from {@code at}. */
		void copy(int[] source, int from, int to, int at) {
			for (int i = from; i < to; i++) {
				if (isNarrow) {
					narrow[at + i - from] = (byte) source[i];
				}
				else {
					wide[at + i - from] = source[i];
				}
			}
		}

		/** The term of the first code point and {@code length} code points from {@code from}. */
		String text(int first, int from, int length) {
			var text = new StringBuilder(length + 1).appendCodePoint(first);
			for (int i = from; i < from + length; i++) {
				text.appendCodePoint(at(i));
			}
			return text.toString();
		}
	}
}
