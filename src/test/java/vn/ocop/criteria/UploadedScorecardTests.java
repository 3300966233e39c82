package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * An uploaded scorecard made the draft of its product set: not JSON is refused; the format, the regulation and the
 * set's code are the set's, each value of the file replaced is reported, blanks are filled in and the file's own
 * title of the right regulation is kept; the version goes (a draft becomes the next one).
 */
class UploadedScorecardTests {

	static final Regulation R148 = new Regulation("148/QĐ-TTg", "Quyết định 148/QĐ-TTg", LocalDate.of(2023, 2, 24),
			Map.of("A", 40, "B", 25, "C", 35), 36, List.of());
	static final ProductSet SET = new ProductSet("148-09", "148/QĐ-TTg", "Tương, nước mắm", "N2", "Gia vị", "S1",
			"Thực phẩm", "Bộ Nông nghiệp và Môi trường");

	@Test
	void shouldRefuseWhatIsNotAJsonObject() {
		assertThatThrownBy(() -> UploadedScorecard.read("{ not json")).isInstanceOfSatisfying(ImportProblems.class,
				e -> assertThat(e.problems()).extracting(Problem::messageCode).containsExactly("criteria.scorecard.notJson"));
		assertThatThrownBy(() -> UploadedScorecard.read("[1, 2]")).isInstanceOf(ImportProblems.class);
		assertThat(UploadedScorecard.namedSet(UploadedScorecard.read("{\"productSet\":{\"code\":\" 148-09 \"}}")))
				.isEqualTo("148-09");
		assertThat(UploadedScorecard.namedSet(UploadedScorecard.read("{}"))).isEmpty();
	}

	@Test
	void shouldTakeTheSetsFormatRegulationAndCodeReportingWhatItReplaced() {
		var doc = UploadedScorecard.read("""
				{"format":"other/2","version":3,"regulation":{"code":"1048/QĐ-TTg","title":"Cũ"},
				 "productSet":{"code":"1048-10","name":"Nước mắm"},"parts":[]}""");

		List<Problem> replaced = UploadedScorecard.conform(doc, SET, R148);

		assertThat(replaced).extracting(Problem::messageCode).containsExactly("criteria.upload.replacedFormat",
				"criteria.upload.replacedRegulation", "criteria.upload.replacedSet");
		assertThat(doc.path("format").asString()).isEqualTo(ScorecardParser.FORMAT);
		assertThat(doc.path("regulation").path("code").asString()).isEqualTo("148/QĐ-TTg");
		assertThat(doc.path("regulation").path("title").asString()).isEqualTo("Quyết định 148/QĐ-TTg");
		assertThat(doc.path("regulation").path("date").asString()).isEqualTo("2023-02-24");
		assertThat(doc.path("productSet").path("code").asString()).isEqualTo("148-09");
		assertThat(doc.path("productSet").path("name").asString()).isEqualTo("Nước mắm");
		assertThat(doc.has("version")).isFalse();
		assertThat(doc.has("parts")).isTrue();
	}

	@Test
	void shouldKeepTheFilesOwnTitleOfTheRightRegulationAndFillInBlanks() {
		var doc = UploadedScorecard.read("""
				{"regulation":{"code":"148/QĐ-TTg","title":"Bộ tiêu chí 148","date":""},"productSet":{"code":"148-09"}}""");

		assertThat(UploadedScorecard.conform(doc, SET, R148)).isEmpty();
		assertThat(doc.path("regulation").path("title").asString()).isEqualTo("Bộ tiêu chí 148");
		assertThat(doc.path("regulation").path("date").asString()).isEqualTo("2023-02-24");
		assertThat(doc.path("productSet").path("name").asString()).isEqualTo("Tương, nước mắm");
		assertThat(doc.path("format").asString()).isEqualTo(ScorecardParser.FORMAT);
	}
}
