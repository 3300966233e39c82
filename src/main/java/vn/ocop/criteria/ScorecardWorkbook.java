package vn.ocop.criteria;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * A scorecard as an .xlsx workbook the office fills in: sheet "Bộ tiêu chí" with the regulation, the product set,
 * the star bands and the disqualifiers (one item per row, keyed in column A), sheet "Tiêu chí" with one row per
 * option (part, group and criterion repeated on every row, or left blank to carry on the one above), and a sheet of
 * instructions. Written from and read back into an {@code ocop-criteria/1} document, so that an exported scorecard
 * uploads unchanged; the rules of the format are checked on the document, not here.
 */
final class ScorecardWorkbook {

	static final String INFO = "Bộ tiêu chí";
	static final String ROWS = "Tiêu chí";
	static final String HELP = "Hướng dẫn";

	static final List<String> COLUMNS = List.of("Phần / Part", "Tên phần / Part name", "Điểm tối đa của phần / Part max",
			"Nhóm / Group", "Tên nhóm / Group name", "Mã tiêu chí / Criterion", "Tên tiêu chí / Criterion name",
			"Ghi chú / Note", "Bắt buộc (x) / Mandatory", "Sao ở tiêu chí (3-5) / Stars on criterion", "Mã lựa chọn / Option",
			"Nội dung lựa chọn / Option text", "Điểm / Points", "Sao tối thiểu (3-5) / Minimum for stars",
			"Trường hợp (một trong hai) / Case (one of two)");

	private static final int PART = 0, PART_NAME = 1, PART_MAX = 2, GROUP = 3, GROUP_NAME = 4, CRITERION = 5,
			CRITERION_NAME = 6, NOTE = 7, MANDATORY = 8, CRITERION_STARS = 9, OPTION = 10, OPTION_TEXT = 11, POINTS = 12,
			OPTION_STARS = 13, CASE = 14;

	private record Item(String key, String label) {
	}

	private static final List<Item> ITEMS = List.of(new Item("format", "Định dạng / Format"),
			new Item("regulation.code", "Mã văn bản / Regulation"), new Item("regulation.title", "Tên văn bản / Title"),
			new Item("regulation.date", "Ngày ban hành (yyyy-mm-dd) / Date"),
			new Item("productSet.code", "Mã bộ sản phẩm / Product set code"),
			new Item("productSet.name", "Tên bộ sản phẩm / Product set"), new Item("productSet.group", "Nhóm / Group"),
			new Item("productSet.sector", "Ngành / Sector"), new Item("productSet.ministry", "Bộ chủ trì / Lead ministry"),
			new Item("starRequirementLegend", "Chú thích dấu sao / Star legend"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScorecardWorkbook() {
	}

	/** The workbook of a scorecard document (complete or not). */
	static byte[] write(JsonNode doc) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);

			Sheet info = workbook.createSheet(INFO);
			header(info.createRow(0), bold, "Khóa / Key", "Mục / Item", "Giá trị / Value", "Giá trị 2 / Value 2");
			int r = 1;
			for (Item item : ITEMS) {
				String[] path = item.key().split("\\.");
				JsonNode value = path.length == 1 ? doc.path(path[0]) : doc.path(path[0]).path(path[1]);
				Row row = info.createRow(r++);
				row.createCell(0).setCellValue(item.key());
				row.createCell(1).setCellValue(item.label());
				if (!value.isMissingNode() && !value.isNull()) {
					row.createCell(2).setCellValue(value.asString(""));
				}
			}
			for (JsonNode band : doc.path("starBands")) {
				Row row = info.createRow(r++);
				row.createCell(0).setCellValue("starBand");
				row.createCell(1).setCellValue("Mức sao: số sao, điểm từ / Star band: stars, from score");
				number(row, 2, band.get("stars"));
				number(row, 3, band.get("minScore"));
			}
			for (JsonNode disqualifier : doc.path("disqualifiers")) {
				Row row = info.createRow(r++);
				row.createCell(0).setCellValue("disqualifier");
				row.createCell(1).setCellValue("Hồ sơ bị loại khi / Disqualifier");
				row.createCell(2).setCellValue(disqualifier.asString(""));
			}
			if (doc.path("source").isObject()) {
				Row row = info.createRow(r++);
				row.createCell(0).setCellValue("source");
				row.createCell(1).setCellValue("Nguồn (JSON) / Source");
				row.createCell(2).setCellValue(JSON.writeValueAsString(doc.path("source")));
			}
			info.setColumnWidth(0, 22 * 256);
			info.setColumnWidth(1, 40 * 256);
			info.setColumnWidth(2, 80 * 256);

			Sheet rows = workbook.createSheet(ROWS);
			header(rows.createRow(0), bold, COLUMNS.toArray(String[]::new));
			rows.createFreezePane(0, 1);
			r = 1;
			for (JsonNode part : doc.path("parts")) {
				if (part.path("groups").isEmpty()) {
					part(rows.createRow(r++), part);
				}
				for (JsonNode group : part.path("groups")) {
					if (group.path("criteria").isEmpty()) {
						Row row = rows.createRow(r++);
						part(row, part);
						group(row, group);
					}
					for (JsonNode criterion : group.path("criteria")) {
						if (criterion.path("options").isEmpty()) {
							Row row = rows.createRow(r++);
							part(row, part);
							group(row, group);
							criterion(row, criterion, wrap);
						}
						for (JsonNode option : criterion.path("options")) {
							Row row = rows.createRow(r++);
							part(row, part);
							group(row, group);
							criterion(row, criterion, wrap);
							number(row, OPTION, option.get("code"));
							text(row, OPTION_TEXT, option.get("text")).setCellStyle(wrap);
							number(row, POINTS, option.get("points"));
							number(row, OPTION_STARS, option.get("minimumForStars"));
							String caseName = caseOf(criterion, option.get("code"));
							if (caseName != null) {
								row.createCell(CASE).setCellValue(caseName);
							}
						}
					}
				}
			}
			int[] widths = { 7, 28, 10, 8, 30, 10, 40, 30, 10, 10, 8, 60, 8, 10, 30 };
			for (int i = 0; i < widths.length; i++) {
				rows.setColumnWidth(i, widths[i] * 256);
			}

			Sheet help = workbook.createSheet(HELP);
			String[] lines = { "Bộ tiêu chí OCOP theo định dạng ocop-criteria/1 — điền rồi tải lên tại trang Bộ tiêu chí.",
					"Trang \"Bộ tiêu chí\": mỗi dòng một mục theo khóa ở cột A (không sửa cột A). Mỗi mức sao một dòng starBand (số sao, điểm từ), giảm dần, mức cuối từ 0 điểm; mỗi câu \"Hồ sơ bị loại khi\" một dòng disqualifier.",
					"Trang \"Tiêu chí\": mỗi dòng một lựa chọn (phương án) của một tiêu chí. Phần, nhóm, tiêu chí có thể ghi lại ở mỗi dòng hoặc để trống để dùng của dòng trên.",
					"Điểm là số nguyên ≥ 0. Tổng điểm cao nhất của các tiêu chí trong một phần phải bằng điểm tối đa của phần; các phần cộng lại 100 điểm.",
					"Dấu sao tối thiểu (3, 4 hoặc 5) ghi ở lựa chọn được đánh dấu *** / **** / *****; tiêu chí có dấu sao phải đánh dấu Bắt buộc (x).",
					"Tiêu chí \"lựa chọn một trong hai trường hợp\": ghi tên trường hợp ở cột Trường hợp của mỗi lựa chọn (các lựa chọn cùng tên là một trường hợp).",
					"",
					"OCOP scorecard in the ocop-criteria/1 format — fill in and upload on the Scorecards page.",
					"Sheet \"Bộ tiêu chí\": one item per row, keyed by column A (do not change column A); one starBand row per band (stars, from score), decreasing, the last from 0; one disqualifier row per sentence.",
					"Sheet \"Tiêu chí\": one row per option of a criterion; part, group and criterion may be repeated on each row or left blank to carry on the row above.",
					"Points are whole numbers ≥ 0; in every part the criteria's highest options add up to the part's maximum, and the parts to 100.",
					"A star marker (3, 4 or 5) goes on the option marked *** / **** / *****; a criterion with a marker is marked mandatory (x).",
					"A \"one of two cases\" criterion: write the case's name in the Case column of each of its options (options with the same name form one case)." };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			help.setColumnWidth(0, 150 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The document a filled-in workbook describes; refused (with the reason) only when it is not a workbook of this
	 * template. Cells are taken as typed: a wrong value is left for the format's rules to name.
	 */
	static ObjectNode read(InputStream in) {
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException e) {
			throw new ImportProblems(List.of(new Problem(0, "criteria.workbook.unreadable")));
		}
		try (workbook) {
			Sheet info = workbook.getSheet(INFO);
			Sheet rows = workbook.getSheet(ROWS);
			if (info == null || rows == null) {
				throw new ImportProblems(List.of(new Problem(0, "criteria.workbook.sheets", INFO, ROWS)));
			}
			ObjectNode doc = JSON.createObjectNode();
			ObjectNode regulation = JSON.createObjectNode();
			ObjectNode productSet = JSON.createObjectNode();
			ArrayNode bands = JSON.createArrayNode();
			ArrayNode disqualifiers = JSON.createArrayNode();
			JsonNode source = null;
			String legend = null;
			String format = null;
			for (int r = 1; r <= info.getLastRowNum(); r++) {
				Row row = info.getRow(r);
				String key = row == null ? "" : cellText(row.getCell(0));
				if (key.isEmpty()) {
					continue;
				}
				String value = cellText(row.getCell(2));
				switch (key) {
					case "format" -> format = value;
					case "starRequirementLegend" -> legend = value;
					case "starBand" -> {
						ObjectNode band = JSON.createObjectNode();
						band.set("stars", number(row.getCell(2)));
						band.set("minScore", number(row.getCell(3)));
						bands.add(band);
					}
					case "disqualifier" -> disqualifiers.add(value);
					case "source" -> {
						try {
							source = JSON.readTree(value);
						}
						catch (RuntimeException e) {
							source = null;
						}
					}
					default -> {
						if (key.startsWith("regulation.")) {
							regulation.put(key.substring("regulation.".length()), value);
						}
						else if (key.startsWith("productSet.") && !value.isEmpty()) {
							productSet.put(key.substring("productSet.".length()), value);
						}
					}
				}
			}
			doc.put("format", format == null || format.isEmpty() ? ScorecardParser.FORMAT : format);
			doc.set("regulation", regulation);
			doc.set("productSet", productSet);
			doc.set("parts", parts(rows));
			doc.set("starBands", bands);
			if (!disqualifiers.isEmpty()) {
				doc.set("disqualifiers", disqualifiers);
			}
			if (legend != null && !legend.isEmpty()) {
				doc.put("starRequirementLegend", legend);
			}
			if (source != null && source.isObject()) {
				doc.set("source", source);
			}
			return doc;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ArrayNode parts(Sheet sheet) {
		ArrayNode parts = JSON.createArrayNode();
		ObjectNode part = null, group = null, criterion = null;
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || blank(row)) {
				continue;
			}
			String partCode = cellText(row.getCell(PART));
			boolean hasGroup = !cellText(row.getCell(GROUP)).isEmpty() || !cellText(row.getCell(GROUP_NAME)).isEmpty();
			boolean hasCriterion = !cellText(row.getCell(CRITERION)).isEmpty()
					|| !cellText(row.getCell(CRITERION_NAME)).isEmpty();
			boolean hasOption = !cellText(row.getCell(OPTION)).isEmpty() || !cellText(row.getCell(OPTION_TEXT)).isEmpty()
					|| !cellText(row.getCell(POINTS)).isEmpty();
			if (part == null || !partCode.isEmpty() && !partCode.equals(part.path("code").asString(""))) {
				part = parts.addObject();
				part.put("code", partCode);
				part.put("name", cellText(row.getCell(PART_NAME)));
				part.set("maxPoints", number(row.getCell(PART_MAX)));
				part.putArray("groups");
				group = null;
				criterion = null;
			}
			String groupCode = cellText(row.getCell(GROUP));
			if (hasGroup && (group == null || !groupCode.isEmpty() && !groupCode.equals(group.path("code").asString("")))
					|| group == null && (hasCriterion || hasOption)) {
				group = ((ArrayNode) part.get("groups")).addObject();
				group.put("code", groupCode);
				group.put("name", cellText(row.getCell(GROUP_NAME)));
				group.putArray("criteria");
				criterion = null;
			}
			String criterionCode = cellText(row.getCell(CRITERION));
			if (hasCriterion && (criterion == null
					|| !criterionCode.isEmpty() && !criterionCode.equals(criterion.path("code").asString("")))
					|| criterion == null && hasOption) {
				criterion = ((ArrayNode) group.get("criteria")).addObject();
				criterion.put("code", criterionCode);
				criterion.put("name", cellText(row.getCell(CRITERION_NAME)));
				String note = cellText(row.getCell(NOTE));
				if (!note.isEmpty()) {
					criterion.put("note", note);
				}
				String mandatory = cellText(row.getCell(MANDATORY)).toLowerCase(java.util.Locale.ROOT);
				if (!mandatory.isEmpty()) {
					criterion.put("mandatory", List.of("x", "có", "co", "true", "1", "yes").contains(mandatory));
				}
				if (!cellText(row.getCell(CRITERION_STARS)).isEmpty()) {
					criterion.set("minimumForStars", number(row.getCell(CRITERION_STARS)));
				}
				criterion.putArray("options");
			}
			if (hasOption) {
				String caseName = cellText(row.getCell(CASE));
				if (!caseName.isEmpty()) {
					ArrayNode cases = criterion.has("cases") ? (ArrayNode) criterion.get("cases") : criterion.putArray("cases");
					ObjectNode named = null;
					for (JsonNode c : cases) {
						if (c.path("name").asString("").equals(caseName)) {
							named = (ObjectNode) c;
						}
					}
					if (named == null) {
						named = cases.addObject();
						named.put("name", caseName);
						named.putArray("options");
					}
					((ArrayNode) named.get("options")).add(number(row.getCell(OPTION)));
				}
				ObjectNode option = ((ArrayNode) criterion.get("options")).addObject();
				option.set("code", number(row.getCell(OPTION)));
				option.put("text", cellText(row.getCell(OPTION_TEXT)));
				option.set("points", number(row.getCell(POINTS)));
				if (!cellText(row.getCell(OPTION_STARS)).isEmpty()) {
					option.set("minimumForStars", number(row.getCell(OPTION_STARS)));
				}
			}
		}
		return parts;
	}

	private static boolean blank(Row row) {
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (!cellText(row.getCell(i)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

	private static String cellText(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())) {
			return String.valueOf((long) cell.getNumericCellValue());
		}
		return FORMATTER.formatCellValue(cell).trim();
	}

	/** A whole number as a number; anything else as the text typed (for the rules to name), null if blank. */
	private static JsonNode number(@Nullable Cell cell) {
		String text = cellText(cell);
		if (text.isEmpty()) {
			return JSON.getNodeFactory().nullNode();
		}
		if (text.matches("-?\\d{1,9}")) {
			return JSON.getNodeFactory().numberNode(Integer.parseInt(text));
		}
		return JSON.getNodeFactory().stringNode(text);
	}

	private static void header(Row row, CellStyle bold, String... labels) {
		for (int i = 0; i < labels.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(labels[i]);
			cell.setCellStyle(bold);
		}
	}

	private static void part(Row row, JsonNode part) {
		text(row, PART, part.get("code"));
		text(row, PART_NAME, part.get("name"));
		number(row, PART_MAX, part.get("maxPoints"));
	}

	private static void group(Row row, JsonNode group) {
		text(row, GROUP, group.get("code"));
		text(row, GROUP_NAME, group.get("name"));
	}

	private static void criterion(Row row, JsonNode criterion, CellStyle wrap) {
		text(row, CRITERION, criterion.get("code"));
		text(row, CRITERION_NAME, criterion.get("name")).setCellStyle(wrap);
		text(row, NOTE, criterion.get("note"));
		JsonNode mandatory = criterion.get("mandatory");
		if (mandatory != null && mandatory.isBoolean()) {
			row.createCell(MANDATORY).setCellValue(mandatory.asBoolean() ? "x" : "không");
		}
		number(row, CRITERION_STARS, criterion.get("minimumForStars"));
	}

	/** The name of the case an option belongs to, if its criterion lists cases. */
	private static @Nullable String caseOf(JsonNode criterion, @Nullable JsonNode optionCode) {
		if (optionCode == null) {
			return null;
		}
		for (JsonNode c : criterion.path("cases")) {
			for (JsonNode code : c.path("options")) {
				if (code.equals(optionCode) || code.asString("").equals(optionCode.asString("-"))) {
					return c.path("name").asString("");
				}
			}
		}
		return null;
	}

	private static Cell text(Row row, int column, @Nullable JsonNode value) {
		Cell cell = row.createCell(column);
		if (value != null && !value.isNull() && !value.isMissingNode()) {
			cell.setCellValue(value.asString(""));
		}
		return cell;
	}

	private static void number(Row row, int column, @Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value.isIntegralNumber()) {
			cell.setCellValue(value.asInt());
		}
		else {
			cell.setCellValue(value.asString(""));
		}
	}
}
