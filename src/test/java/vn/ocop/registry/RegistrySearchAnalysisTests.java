package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * The analysis behind the registry search, without Spring: every Vietnamese letter folds to its base letter, in
 * both cases and in composed and decomposed form.
 */
class RegistrySearchAnalysisTests {

	/** Each base letter and the Vietnamese letters that fold to it. */
	static final Map<String, String> LETTERS = Map.of(
			"a", "aàáảãạăằắẳẵặâầấẩẫậ",
			"e", "eèéẻẽẹêềếểễệ",
			"i", "iìíỉĩị",
			"o", "oòóỏõọôồốổỗộơờớởỡợ",
			"u", "uùúủũụưừứửữự",
			"y", "yỳýỷỹỵ",
			"d", "dđ");

	@Test
	void shouldFoldEveryVietnameseLetterInBothCases() {
		LETTERS.forEach((base, letters) -> letters.codePoints().mapToObj(Character::toString).forEach(letter -> {
			String upper = letter.toUpperCase(Locale.ROOT);
			assertThat(VietnameseAnalysis.terms(letter)).as(letter).containsExactly(base);
			assertThat(VietnameseAnalysis.terms(upper)).as(upper).containsExactly(base);
			String decomposed = Normalizer.normalize(letter + upper, Normalizer.Form.NFD);
			assertThat(VietnameseAnalysis.terms(decomposed)).as("NFD " + letter + upper).containsExactly(base + base);
		}));
		assertThat(VietnameseAnalysis.terms("Đ đ")).containsExactly("d", "d");
	}

	@Test
	void shouldMakeProductNamesFindableWithoutDiacritics() {
		assertThat(VietnameseAnalysis.terms("Nước mắm Chiến Thắng")).containsExactly("nuoc", "mam", "chien", "thang");
		assertThat(VietnameseAnalysis.terms("nuoc mam")).containsExactly("nuoc", "mam");
		assertThat(VietnameseAnalysis.terms("Kẹo cu đơ Hà Tĩnh")).containsExactly("keo", "cu", "do", "ha", "tinh");
		assertThat(VietnameseAnalysis.terms("ĐỨC LĨNH")).isEqualTo(VietnameseAnalysis.terms("duc linh"));
		assertThat(VietnameseAnalysis.terms(Normalizer.normalize("Bưởi Phúc Trạch", Normalizer.Form.NFD)))
				.containsExactly("buoi", "phuc", "trach");
		assertThat(VietnameseAnalysis.terms("Chai 500 ml, 12 tháng")).containsExactly("chai", "500", "ml", "12", "thang");
	}

	@Test
	void shouldIndexTheBeginningsOfWordsForPrefixSearch() {
		List<String> terms = VietnameseAnalysis.terms(VietnameseAnalysis.vietnameseEdge(), "Kẹo Hương");
		assertThat(terms).containsExactly("k", "ke", "keo", "h", "hu", "huo", "huon", "huong");
	}

	@Test
	void shouldKeepDiacriticsForExactSpellingsAndFoldTheWholeValueForSorting() {
		assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.vietnameseExact(), "Nước Mắm")).containsExactly("nước", "mắm");
		assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.vietnameseSort(), "Đặc sản Hà Tĩnh")).containsExactly("dac san ha tinh");
	}
}
