package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The terms a typo stands for, found by {@link TypoTerms}, are those Lucene's fuzzy rewrite chooses — or there is no
 * answer and Lucene is asked.
 */
class TypoTermsTests {

	private static final String FIELD = "name";

	@Test
	void theTermsOfATypoAreThoseOfTheFuzzyQuery() throws IOException {
		var random = new Random(26);
		List<String> vocabulary = List.of("nuoc", "mam", "mat", "ong", "che", "tra", "xanh", "cam", "buoi", "gao",
				"nep", "ruou", "keo", "cu", "do", "huong", "son", "ky", "anh", "thach", "ha", "tinh", "nghe", "toi",
				"mien", "banh", "duong", "phen", "chanh", "dua", "tuong", "lac", "vung", "dau", "muoi", "ot", "tieu",
				"kho", "say", "deo", "tuoi", "nuong", "chien", "rang", "xay", "bot", "hat", "sen", "long", "nhan");
		try (var directory = new ByteBuffersDirectory()) {
			Set<String> words = new TreeSet<>(vocabulary);
			// typo-like neighbours of the words, so that many terms lie within one or two edits of one another
			for (int i = 0; i < 3000; i++) {
				words.add(typo(random, vocabulary.get(random.nextInt(vocabulary.size()))
						+ (random.nextBoolean() ? vocabulary.get(random.nextInt(vocabulary.size())) : "")));
			}
			index(directory, words);
			try (var reader = DirectoryReader.open(directory)) {
				var terms = TypoTerms.read(reader, FIELD);
				int answered = 0;
				for (int i = 0; i < 2000; i++) {
					String word = typo(random, vocabulary.get(random.nextInt(vocabulary.size()))
							+ (random.nextInt(3) == 0 ? vocabulary.get(random.nextInt(vocabulary.size())) : ""));
					if (word.length() < CatalogueSearch.FUZZY_MIN) {
						continue;
					}
					int edits = word.length() >= 7 ? 2 : 1;
					List<String> found = terms.within(word, edits);
					if (found != null) {
						answered++;
						assertThat(new TreeSet<>(found)).as("%s, %d edits", word, edits)
								.isEqualTo(fuzzy(reader, word, edits));
					}
				}
				// most typos are answered without Lucene
				assertThat(answered).isGreaterThan(1000);
			}
		}
	}

	@Test
	void moreNearTermsThanTheFuzzyQueryKeepsAreLeftToLucene() throws IOException {
		try (var directory = new ByteBuffersDirectory()) {
			Set<String> words = new TreeSet<>();
			for (char a = 'a'; a <= 'z'; a++) {
				words.add("ca" + a);
				words.add("c" + a + "m");
			}
			index(directory, words);
			try (var reader = DirectoryReader.open(directory)) {
				assertThat(TypoTerms.read(reader, FIELD).within("cam", 1)).isNull();
				assertThat(TypoTerms.read(reader, FIELD).within("xam", 1)).isEmpty();
			}
		}
	}

	@Test
	void aSwapWithALetterBetweenIsLeftToLucene() throws IOException {
		// "ca" for "abc": a swap ("ac" for "ca") with "b" added between: two edits, or three if no letter is edited twice
		int[] typed = "tcaefgh".codePoints().toArray();
		// the term's rest as a slice of a longer array, the way the terms are kept
		var term = TypoTerms.Letters.of("xyztabcefghxyz".codePoints().toArray());
		int[][] rows = new int[3][typed.length + 2];
		assertThat(TypoTerms.restrictedDistance(typed, term, 4, 7, 2, rows)).isEqualTo(3);
		assertThat(TypoTerms.distance(typed, term, 4, 7)).isEqualTo(2);
		// a swap and a letter added elsewhere: two edits either way
		int[] swapped = "tacbxdefgh".codePoints().toArray();
		assertThat(TypoTerms.restrictedDistance(swapped, TypoTerms.Letters.of("tabcdefgh".codePoints().toArray()), 1,
				8, 2, new int[3][swapped.length + 2])).isEqualTo(2);
		try (var directory = new ByteBuffersDirectory()) {
			index(directory, Set.of("tabcefgh"));
			try (var reader = DirectoryReader.open(directory)) {
				assertThat(TypoTerms.read(reader, FIELD).within("tcaefgh", 2)).isNull();
				assertThat(TypoTerms.read(reader, FIELD).within("tabcefhg", 2)).containsExactly("tabcefgh");
			}
		}
	}

	@Test
	void theFirstAndLastTermsOneLetterTermsAndLettersAbove255AreReadRight() throws IOException {
		// the terms' rests end to end in one array: a term at either end of it, or of its group, or with no rest;
		// and a field with a letter above 255 (kept as ints, not bytes), whose answers must not change either
		Set<String> ascii = Set.of("a", "ab", "abc", "abd", "abcd", "b", "ba", "bac", "zy", "zyx", "zyxw", "zz");
		Set<String> wide = new TreeSet<>(ascii);
		wide.addAll(Set.of("\u0111ao", "\u0111ac", "a\u0111c", "ab\u0111", "\ud835\udd38bc", "zy\ud835\udd38"));
		List<String> typed = List.of("a", "ab", "ac", "abc", "acb", "abcde", "b", "bca", "bac", "zy", "zyx", "zyxwv",
				"zxyw", "z", "zzz", "\u0111ao", "\u0111oa", "a\u0111", "ab\u0111c", "\ud835\udd38b", "zy\ud835\udd38",
				"zy\u0111", "q", "qrs");
		for (Set<String> words : List.of(ascii, wide)) {
			try (var directory = new ByteBuffersDirectory()) {
				index(directory, words);
				try (var reader = DirectoryReader.open(directory)) {
					var terms = TypoTerms.read(reader, FIELD);
					for (String word : typed) {
						for (int edits = 1; edits <= 2; edits++) {
							List<String> found = terms.within(word, edits);
							assertThat(found).as("%s, %d edits", word, edits).isNotNull();
							assertThat(new TreeSet<>(found)).as("%s, %d edits", word, edits)
									.isEqualTo(fuzzy(reader, word, edits));
						}
					}
				}
			}
		}
	}

	private static void index(ByteBuffersDirectory directory, Set<String> words) throws IOException {
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
			for (String word : words) {
				var document = new Document();
				document.add(new StringField(FIELD, word, Field.Store.NO));
				writer.addDocument(document);
			}
		}
	}

	private static Set<String> fuzzy(DirectoryReader reader, String word, int edits) throws IOException {
		Set<Term> terms = new HashSet<>();
		new IndexSearcher(reader).rewrite(new FuzzyQuery(new Term(FIELD, word), edits, 1))
				.visit(QueryVisitor.termCollector(terms));
		Set<String> texts = new TreeSet<>();
		terms.forEach(t -> texts.add(t.text()));
		return texts;
	}

	/** A word with up to two typos: a letter changed, dropped, added or swapped with the next (never the first). */
	private static String typo(Random random, String word) {
		var text = new StringBuilder(word);
		for (int edit = random.nextInt(3); edit > 0 && text.length() > 2; edit--) {
			int at = 1 + random.nextInt(text.length() - 1);
			char letter = (char) ('a' + random.nextInt(26));
			switch (random.nextInt(4)) {
				case 0 -> text.setCharAt(at, letter);
				case 1 -> text.deleteCharAt(at);
				case 2 -> text.insert(at, letter);
				default -> {
					if (at + 1 < text.length()) {
						char c = text.charAt(at);
						text.setCharAt(at, text.charAt(at + 1));
						text.setCharAt(at + 1, c);
					}
				}
			}
		}
		return text.toString();
	}
}
