package vn.ocop.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of Vietnamese text for search, by name, for every index that holds Vietnamese words:
 * <ul>
 * <li>{@value #VIETNAMESE}: words (standard tokenizer), lower case, without diacritics — {@code Nước mắm} and
 * {@code nuoc mam} give the same terms, {@code đ}/{@code Đ} fold to {@code d}, {@code ư} to {@code u}, {@code ơ}
 * to {@code o}; combining marks of decomposed input (NFD, as some keyboards type it) are removed first;</li>
 * <li>{@value #VIETNAMESE_EDGE}: the same, plus the prefixes (1–{@value #MAX_PREFIX} letters) of every word, for
 * search-as-you-type on an index field; search it with {@value #VIETNAMESE};</li>
 * <li>{@value #VIETNAMESE_EXACT}: words in lower case with their diacritics, to rank exact spellings first;</li>
 * <li>{@value #VIETNAMESE_SORT} (a normalizer): the whole value, lower case, without diacritics, for sorting.</li>
 * </ul>
 * For the Elasticsearch/OpenSearch backend the same chains are written with their names there ({@code standard},
 * {@code lowercase}, {@code asciifolding}, {@code pattern_replace}, {@code edge_ngram}) in an
 * {@code ElasticsearchAnalysisConfigurer}; the mapping and the queries stay as they are.
 */
public final class VietnameseAnalysis {

	public static final String VIETNAMESE = "vietnamese";
	public static final String VIETNAMESE_EDGE = "vietnamese_edge";
	public static final String VIETNAMESE_EXACT = "vietnamese_exact";
	public static final String VIETNAMESE_SORT = "vietnamese_sort";

	static final int MAX_PREFIX = 10;

	/** Combining marks (Unicode category Mn), left over by decomposed (NFD) input. */
	private static final Map<String, String> STRIP_MARKS = Map.of("pattern", "\\p{Mn}+", "replacement", "");

	private static final Analyzer VIETNAMESE_ANALYZER = build(false);

	private static final Analyzer VIETNAMESE_SORT_NORMALIZER = vietnameseSort();

	private VietnameseAnalysis() {
	}

	/** A new {@value #VIETNAMESE} analyzer. */
	public static Analyzer vietnamese() {
		return build(false);
	}

	/** A new {@value #VIETNAMESE_EDGE} analyzer. */
	public static Analyzer vietnameseEdge() {
		return build(true);
	}

	/** A new {@value #VIETNAMESE_EXACT} analyzer. */
	public static Analyzer vietnameseExact() {
		try {
			return CustomAnalyzer.builder()
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A new {@value #VIETNAMESE_SORT} normalizer: one term for the whole value. */
	public static Analyzer vietnameseSort() {
		try {
			return CustomAnalyzer.builder()
					.addCharFilter(PatternReplaceCharFilterFactory.class, params(STRIP_MARKS))
					.withTokenizer(KeywordTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A value as the {@value #VIETNAMESE_SORT} normalizer indexes it ({@code "Đặc sản"} → {@code "dac san"}): the
	 * same bytes as a sortable field with that normalizer, for sort keys built outside such a field.
	 */
	public static String sortForm(String value) {
		return VIETNAMESE_SORT_NORMALIZER.normalize("", value).utf8ToString();
	}

	/**
	 * The terms of a text under the {@value #VIETNAMESE} analyzer (one shared, thread-safe instance):
	 * {@code "Kẹo cu đơ"} → {@code [keo, cu, do]}.
	 */
	public static List<String> terms(String text) {
		return terms(VIETNAMESE_ANALYZER, text);
	}

	/** The terms of a text under an analyzer, in order. */
	public static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	/** A factory consumes its parameters: it gets a copy it may change. */
	private static Map<String, String> params(Map<String, String> params) {
		return new HashMap<>(params);
	}

	private static Analyzer build(boolean prefixes) {
		try {
			var builder = CustomAnalyzer.builder()
					.addCharFilter(PatternReplaceCharFilterFactory.class, params(STRIP_MARKS))
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class);
			if (prefixes) {
				builder.addTokenFilter(EdgeNGramFilterFactory.class, params(Map.of("minGramSize", "1", "maxGramSize",
						String.valueOf(MAX_PREFIX), "preserveOriginal", "true")));
			}
			return builder.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
