package vn.ocop.portal;

import java.io.IOException;
import java.util.ArrayList;
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
 * a tenth of the CPU of a public API search at 100,000 entries. A field of the catalogue holds a few thousand
 * distinct words, so comparing the word with each term of its first letter costs far less.
 * <p>
 * The answer is the one of {@code new FuzzyQuery(term, edits, 1)}: the terms with the same first letter whose rest
 * is within {@code edits} edits of the word's rest, a swap of two neighbouring letters counting as one edit. The
 * fuzzy query keeps at most {@value FuzzyQuery#defaultMaxExpansions} terms, the nearest first: when more terms are
 * that near, which of them it keeps is Lucene's choice, so this gives no answer ({@code null}) and the caller asks
 * Lucene. It gives none either when the two ways of counting a swap (between letters that are also edited, or not)
 * disagree for some term: either way, the answer is then Lucene's own.
 */
final class TypoTerms {

	/** The terms by their first code point, each as its code points, in the dictionary's order. */
	private final Map<Integer, List<int[]>> byFirst;

	private TypoTerms(Map<Integer, List<int[]>> byFirst) {
		this.byFirst = byFirst;
	}

	/** Reads the field's terms (of every segment, deleted documents' included, as the fuzzy query sees them). */
	static TypoTerms read(IndexReader reader, String field) throws IOException {
		Map<Integer, List<int[]>> byFirst = new HashMap<>();
		Terms terms = MultiTerms.getTerms(reader, field);
		if (terms != null) {
			TermsEnum each = terms.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				int[] codePoints = term.utf8ToString().codePoints().toArray();
				if (codePoints.length > 0) {
					byFirst.computeIfAbsent(codePoints[0], c -> new ArrayList<>()).add(codePoints);
				}
			}
		}
		return new TypoTerms(byFirst);
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
		for (int[] term : byFirst.getOrDefault(typed[0], List.of())) {
			if (Math.abs(term.length - typed.length) > edits) {
				continue;
			}
			int restricted = restrictedDistance(typed, term, edits);
			// within one edit both ways of counting agree; within two, only a swap with a letter between differs
			if (edits > 1 && restricted == edits + 1 && distance(typed, term) <= edits) {
				return null; // a swap with an edit between: Lucene's automaton decides
			}
			if (restricted <= edits) {
				if (found.size() == FuzzyQuery.defaultMaxExpansions) {
					return null;
				}
				found.add(new String(term, 0, term.length));
			}
		}
		return found;
	}

	/**
	 * The edits between the two words after their first letter (optimal string alignment: insertions, deletions,
	 * substitutions and swaps of neighbours, no letter edited twice), or {@code limit + 2} once it is sure to be
	 * more than {@code limit + 1}.
	 */
	static int restrictedDistance(int[] a, int[] b, int limit) {
		int n = a.length - 1;
		int m = b.length - 1;
		int cap = limit + 2;
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		int bestBefore = 0;
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= m; j++) {
				int cost = a[i] == b[j] ? 0 : 1;
				int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a[i] == b[j - 1] && a[i - 1] == b[j]) {
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
	 * The edits between the two words after their first letter when a swapped pair may also have letters inserted
	 * between (Damerau–Levenshtein distance, Lowrance and Wagner's algorithm).
	 */
	static int distance(int[] a, int[] b) {
		int n = a.length - 1;
		int m = b.length - 1;
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
				int i1 = lastRow.getOrDefault(b[j], 0);
				int j1 = lastMatchColumn;
				int cost = 1;
				if (a[i] == b[j]) {
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
}
