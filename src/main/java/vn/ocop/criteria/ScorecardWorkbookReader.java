package vn.ocop.criteria;

import static vn.ocop.criteria.ScorecardWorkbook.CASE;
import static vn.ocop.criteria.ScorecardWorkbook.COLUMNS;
import static vn.ocop.criteria.ScorecardWorkbook.CRITERION;
import static vn.ocop.criteria.ScorecardWorkbook.CRITERION_NAME;
import static vn.ocop.criteria.ScorecardWorkbook.CRITERION_STARS;
import static vn.ocop.criteria.ScorecardWorkbook.GROUP;
import static vn.ocop.criteria.ScorecardWorkbook.GROUP_NAME;
import static vn.ocop.criteria.ScorecardWorkbook.INFO;
import static vn.ocop.criteria.ScorecardWorkbook.JSON;
import static vn.ocop.criteria.ScorecardWorkbook.MANDATORY;
import static vn.ocop.criteria.ScorecardWorkbook.NOTE;
import static vn.ocop.criteria.ScorecardWorkbook.OPTION;
import static vn.ocop.criteria.ScorecardWorkbook.OPTION_STARS;
import static vn.ocop.criteria.ScorecardWorkbook.OPTION_TEXT;
import static vn.ocop.criteria.ScorecardWorkbook.PART;
import static vn.ocop.criteria.ScorecardWorkbook.PART_MAX;
import static vn.ocop.criteria.ScorecardWorkbook.PART_NAME;
import static vn.ocop.criteria.ScorecardWorkbook.POINTS;
import static vn.ocop.criteria.ScorecardWorkbook.ROWS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * Reads a filled-in {@link ScorecardWorkbook} back into an {@code ocop-criteria/1} document: the items of sheet
 * "Bộ tiêu chí" by their key in column A, and the rows of sheet "Tiêu chí", where a blank part, group or criterion
 * carries on the one above. Cells are taken as typed (a whole number as a number, anything else as its text), so
 * that a wrong value is left for the format's rules to name.
 */
final class ScorecardWorkbookReader {

	private ScorecardWorkbookReader() {
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

}
