package vn.ocop.criteria;

import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.document.Sheet;
import vn.ocop.shared.document.Workbook;

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

	static final int PART = 0, PART_NAME = 1, PART_MAX = 2, GROUP = 3, GROUP_NAME = 4, CRITERION = 5,
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

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ScorecardWorkbook() {
	}

	/** The workbook of a scorecard document (complete or not). */
	static byte[] write(JsonNode doc) {
		Workbook workbook = Workbook.inMemory();
		Sheet info = workbook.sheet(INFO, List.of("Khóa / Key", "Mục / Item", "Giá trị / Value", "Giá trị 2 / Value 2"))
				.widths(22, 40, 80);
		for (Item item : ITEMS) {
			String[] path = item.key().split("\\.");
			JsonNode value = path.length == 1 ? doc.path(path[0]) : doc.path(path[0]).path(path[1]);
			info.row(item.key(), item.label(), value.isMissingNode() || value.isNull() ? null : value.asString(""));
		}
		for (JsonNode band : doc.path("starBands")) {
			info.row("starBand", "Mức sao: số sao, điểm từ / Star band: stars, from score", cell(band.get("stars")),
					cell(band.get("minScore")));
		}
		for (JsonNode disqualifier : doc.path("disqualifiers")) {
			info.row("disqualifier", "Hồ sơ bị loại khi / Disqualifier", disqualifier.asString(""));
		}
		if (doc.path("source").isObject()) {
			info.row("source", "Nguồn (JSON) / Source", JSON.writeValueAsString(doc.path("source")));
		}

		Sheet rows = workbook.sheet(ROWS, COLUMNS).widths(7, 28, 10, 8, 30, 10, 40, 30, 10, 10, 8, 60, 8, 10, 30);
		for (JsonNode part : doc.path("parts")) {
			if (part.path("groups").isEmpty()) {
				rows.row(line(part, null, null, null));
			}
			for (JsonNode group : part.path("groups")) {
				if (group.path("criteria").isEmpty()) {
					rows.row(line(part, group, null, null));
				}
				for (JsonNode criterion : group.path("criteria")) {
					if (criterion.path("options").isEmpty()) {
						rows.row(line(part, group, criterion, null));
					}
					for (JsonNode option : criterion.path("options")) {
						rows.row(line(part, group, criterion, option));
					}
				}
			}
		}

		Sheet help = workbook.sheet(HELP, List.of()).widths(150);
		for (String line : HELP_LINES) {
			help.row(line);
		}
		return workbook.bytes();
	}

	private static final List<String> HELP_LINES = List.of(
			"Bộ tiêu chí OCOP theo định dạng ocop-criteria/1 — điền rồi tải lên tại trang Bộ tiêu chí.",
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
			"A \"one of two cases\" criterion: write the case's name in the Case column of each of its options (options with the same name form one case).");

	/** One row of the criteria sheet: the part, and the group, criterion and option where there are. */
	private static @Nullable Object[] line(JsonNode part, @Nullable JsonNode group, @Nullable JsonNode criterion,
			@Nullable JsonNode option) {
		@Nullable Object[] cells = new Object[COLUMNS.size()];
		cells[PART] = text(part.get("code"));
		cells[PART_NAME] = text(part.get("name"));
		cells[PART_MAX] = cell(part.get("maxPoints"));
		if (group != null) {
			cells[GROUP] = text(group.get("code"));
			cells[GROUP_NAME] = text(group.get("name"));
		}
		if (criterion != null) {
			cells[CRITERION] = text(criterion.get("code"));
			String name = text(criterion.get("name"));
			cells[CRITERION_NAME] = Sheet.wrapped(name == null ? "" : name);
			cells[NOTE] = text(criterion.get("note"));
			JsonNode mandatory = criterion.get("mandatory");
			if (mandatory != null && mandatory.isBoolean()) {
				cells[MANDATORY] = mandatory.asBoolean() ? "x" : "không";
			}
			cells[CRITERION_STARS] = cell(criterion.get("minimumForStars"));
		}
		if (criterion != null && option != null) {
			cells[OPTION] = cell(option.get("code"));
			String text = text(option.get("text"));
			cells[OPTION_TEXT] = Sheet.wrapped(text == null ? "" : text);
			cells[POINTS] = cell(option.get("points"));
			cells[OPTION_STARS] = cell(option.get("minimumForStars"));
			cells[CASE] = caseOf(criterion, option.get("code"));
		}
		return cells;
	}

	/**
	 * The document a filled-in workbook describes; refused (with the reason) only when it is not a workbook of this
	 * template (see {@link ScorecardWorkbookReader}).
	 */
	static ObjectNode read(InputStream in) {
		return ScorecardWorkbookReader.read(in);
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

	/** A text value as written, {@code null} when there is none. */
	private static @Nullable String text(@Nullable JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode() ? null : value.asString("");
	}

	/** A whole number as a number, anything else as the text written (for the rules to name); {@code null} if none. */
	private static @Nullable Object cell(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		return value.isIntegralNumber() ? (Object) value.asInt() : value.asString("");
	}
}
