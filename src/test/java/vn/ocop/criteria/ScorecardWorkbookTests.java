package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.ImportProblems;

/**
 * The .xlsx template round-trips every shipped scorecard exactly (structure, points, markers, notes, disqualifiers,
 * legend, source), and a filled-in template with mistakes reads into a document whose problems the format's rules
 * name, instead of being refused as a whole or silently fixed.
 */
class ScorecardWorkbookTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Map<String, Regulation> REGULATIONS = Map.of(
			"1048/QĐ-TTg", new Regulation("1048/QĐ-TTg", "1048", java.time.LocalDate.of(2019, 8, 21),
					Map.of("A", 35, "B", 25, "C", 40), 36, List.of()),
			"148/QĐ-TTg", new Regulation("148/QĐ-TTg", "148", java.time.LocalDate.of(2023, 2, 24),
					Map.of("A", 40, "B", 25, "C", 35), 36, List.of()),
			"26/2026/QĐ-TTg", new Regulation("26/2026/QĐ-TTg", "26", java.time.LocalDate.of(2026, 5, 22),
					Map.of("A", 40, "B", 25, "C", 35), 36, List.of()));

	final ScorecardParser parser = new ScorecardParser(REGULATIONS::get);

	@Test
	void shouldRoundTripEveryShippedScorecardThroughTheTemplate() throws IOException {
		List<String> files = PublishedScorecards.bundledScorecards();
		assertThat(files).hasSizeGreaterThanOrEqualTo(46);
		for (String file : files) {
			String source = new String(new ClassPathResource("criteria/" + file).getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			Scorecard original = parser.parse(source);
			byte[] xlsx = ScorecardWorkbook.write(JSON.readTree(source));
			String back = JSON.writeValueAsString(ScorecardWorkbook.read(new ByteArrayInputStream(xlsx)));
			Scorecard reread = parser.parse(back);
			assertThat(reread).as(file).isEqualTo(original);
		}
	}

	@Test
	void shouldReadAHandFilledTemplateAndLeaveItsMistakesForTheRulesToName() throws IOException {
		byte[] template = ScorecardWorkbook.write(JSON.readTree("""
				{"format":"ocop-criteria/1",
				 "regulation":{"code":"26/2026/QĐ-TTg","title":"Bộ tiêu chí OCOP","date":"2026-05-22"},
				 "productSet":{"code":"26-2026-23","name":"Hoa"},
				 "starBands":[{"stars":5,"minScore":90},{"stars":4,"minScore":70},{"stars":3,"minScore":50},
				              {"stars":2,"minScore":30},{"stars":1,"minScore":0}]}"""));
		byte[] filled;
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.getSheet(ScorecardWorkbook.ROWS);
			// part, group and criterion written once, carried down to the rows below; a criterion code typed as a number
			row(sheet.createRow(1), "A", "Sản phẩm và sức mạnh cộng đồng", 40, "A1", "Tổ chức sản xuất", "1.1", "Nguồn nguyên liệu",
					null, "x", null, 1, "Không rõ nguồn gốc", 0, null);
			row(sheet.createRow(2), null, null, null, null, null, null, null, null, null, null, 2, "Trong tỉnh", 20, 4);
			row(sheet.createRow(3), null, null, null, null, null, null, null, null, null, null, 3, "Vùng nguyên liệu đạt chuẩn", "hai mươi", null);
			row(sheet.createRow(4), "B", "Khả năng tiếp thị", 25, "B1", "Tiếp thị", "B1.1", "Kênh bán", null, null, null, 1, "Có", 25, null);
			row(sheet.createRow(5), "C", "Chất lượng sản phẩm", 35, "C1", "Cảm quan", "C1.1", "Màu sắc", null, null, null, 1, "Đặc trưng", 30,
					null);
			workbook.write(out);
			filled = out.toByteArray();
		}
		var doc = ScorecardWorkbook.read(new ByteArrayInputStream(filled));
		assertThat(doc.path("parts")).hasSize(3);
		var criterion = doc.path("parts").get(0).path("groups").get(0).path("criteria").get(0);
		assertThat(criterion.path("code").asString()).isEqualTo("1.1");
		assertThat(criterion.path("mandatory").asBoolean()).isTrue();
		assertThat(criterion.path("options")).hasSize(3);
		assertThat(criterion.path("options").get(1).path("minimumForStars").asInt()).isEqualTo(4);
		assertThatThrownBy(() -> parser.parse(JSON.writeValueAsString(doc))).isInstanceOfSatisfying(ImportProblems.class,
				e -> assertThat(e.problems()).extracting(ImportProblems.Problem::messageCode).contains(
						// "hai mươi" is not a number; part A's criteria reach 20 of 40, part C's 30 of 35; 95 in all
						"criteria.scorecard.integer", "criteria.scorecard.partSum"));
	}

	@Test
	void shouldRefuseAFileThatIsNotTheTemplate() {
		assertThatThrownBy(() -> ScorecardWorkbook.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
				.isInstanceOfSatisfying(ImportProblems.class, e -> assertThat(e.problems())
						.extracting(ImportProblems.Problem::messageCode).containsExactly("criteria.workbook.unreadable"));
		byte[] other;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
			other = out.toByteArray();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		assertThatThrownBy(() -> ScorecardWorkbook.read(new ByteArrayInputStream(other)))
				.isInstanceOfSatisfying(ImportProblems.class, e -> assertThat(e.problems())
						.extracting(ImportProblems.Problem::messageCode).containsExactly("criteria.workbook.sheets"));
	}

	private static void row(Row row, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v instanceof Integer n) {
				row.createCell(i).setCellValue(n);
			}
			else if (v instanceof String s) {
				if (i == 5 && s.matches("\\d+(\\.\\d+)?")) {
					row.createCell(i).setCellValue(Double.parseDouble(s));
				}
				else {
					row.createCell(i).setCellValue(s);
				}
			}
		}
	}
}
