package vn.ocop.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;

/**
 * The import template: a sheet "Danh sách" with the header row and one example row (Hà Tĩnh data), and a sheet
 * "Danh mục" that explains the columns and lists the accepted legal forms, registration types and the product
 * sets of Decision 1048/QĐ-TTg.
 */
final class RegistryImportTemplate {

	static final String DATA_SHEET = "Danh sách";
	static final String LISTS_SHEET = "Danh mục";
	static final String REGULATION = "1048/QĐ-TTg";

	/** Columns kept as text so that Excel keeps leading zeros and long digit strings. */
	private static final List<RegistryImportColumn> TEXT_COLUMNS = List.of(RegistryImportColumn.REGISTRATION_NUMBER,
			RegistryImportColumn.PRODUCER_COMMUNE_CODE, RegistryImportColumn.PHONE, RegistryImportColumn.PRODUCT_SET_CODE,
			RegistryImportColumn.PRODUCT_COMMUNE_CODE, RegistryImportColumn.REGISTRATION_TYPE, RegistryImportColumn.GTIN);

	/** The example row: Hợp tác xã Cam Vũ Quang of Đức Lĩnh (18322), Vũ Quang, and its oranges. */
	private static final Map<RegistryImportColumn, Object> EXAMPLE = Map.ofEntries(
			Map.entry(RegistryImportColumn.PRODUCER_NAME, "Hợp tác xã Cam Vũ Quang"),
			Map.entry(RegistryImportColumn.LEGAL_FORM, "Hợp tác xã"),
			Map.entry(RegistryImportColumn.REGISTRATION_NUMBER, "3001234561"),
			Map.entry(RegistryImportColumn.REGISTRATION_DATE, LocalDate.of(2016, 3, 15)),
			Map.entry(RegistryImportColumn.REPRESENTATIVE, "Nguyễn Văn Cam"),
			Map.entry(RegistryImportColumn.ADDRESS, "Thôn Tân Quang, xã Đức Lĩnh, huyện Vũ Quang"),
			Map.entry(RegistryImportColumn.PRODUCER_COMMUNE_CODE, "18322"),
			Map.entry(RegistryImportColumn.PHONE, "0912345601"),
			Map.entry(RegistryImportColumn.EMAIL, "htxcamvuquang@example.vn"),
			Map.entry(RegistryImportColumn.MEMBERS, 25), Map.entry(RegistryImportColumn.WORKERS, 40),
			Map.entry(RegistryImportColumn.WOMEN_WORKERS, 18), Map.entry(RegistryImportColumn.ETHNIC_MINORITY_WORKERS, 0),
			Map.entry(RegistryImportColumn.PROGRAMME_YEAR, 2019), Map.entry(RegistryImportColumn.NEWLY_FOUNDED, "Không"),
			Map.entry(RegistryImportColumn.PRODUCT_NAME, "Cam Vũ Quang"),
			Map.entry(RegistryImportColumn.PRODUCT_SET_CODE, "1048-01"),
			Map.entry(RegistryImportColumn.PRODUCT_COMMUNE_CODE, "18322"),
			Map.entry(RegistryImportColumn.REGISTRATION_TYPE, "02"),
			Map.entry(RegistryImportColumn.DESCRIPTION,
					"Cam chanh trồng trên đất đồi Vũ Quang, quả tròn, vỏ mỏng, vị ngọt thanh, chín vào dịp Tết."),
			Map.entry(RegistryImportColumn.INGREDIENTS, "Cam chanh tươi"),
			Map.entry(RegistryImportColumn.PACKAGING, "Hộp carton 5 kg có tem truy xuất"),
			Map.entry(RegistryImportColumn.SHELF_LIFE, "30 ngày"), Map.entry(RegistryImportColumn.UNIT, "kg"),
			Map.entry(RegistryImportColumn.PRICE_VND, 35_000L));

	private final CriteriaApi criteria;
	private final MessageSource messages;
	private final Locale locale;

	RegistryImportTemplate(CriteriaApi criteria, MessageSource messages, Locale locale) {
		this.criteria = criteria;
		this.messages = messages;
		this.locale = locale;
	}

	void write(OutputStream out) throws IOException {
		try (var workbook = new XSSFWorkbook()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			CellStyle textStyle = workbook.createCellStyle();
			textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle amount = workbook.createCellStyle();
			amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle title = workbook.createCellStyle();
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 13);
			title.setFont(large);

			Sheet data = workbook.createSheet(DATA_SHEET);
			Row keys = data.createRow(0);
			Row example = data.createRow(1);
			for (RegistryImportColumn column : RegistryImportColumn.values()) {
				int index = column.ordinal();
				Cell cell = keys.createCell(index);
				cell.setCellValue(column.key());
				cell.setCellStyle(header);
				boolean asText = TEXT_COLUMNS.contains(column);
				if (asText) {
					data.setDefaultColumnStyle(index, textStyle);
				}
				Object value = EXAMPLE.get(column);
				Cell target = example.createCell(index);
				if (value instanceof LocalDate day) {
					target.setCellValue(day);
					target.setCellStyle(date);
				}
				else if (value instanceof Number number) {
					target.setCellValue(number.doubleValue());
					if (column == RegistryImportColumn.PRICE_VND) {
						target.setCellStyle(amount);
					}
				}
				else if (value != null) {
					target.setCellValue(value.toString());
					if (asText) {
						target.setCellStyle(textStyle);
					}
				}
				data.setColumnWidth(index, 256 * Math.max(12, Math.min(40, column.key().length() + 4)));
			}
			data.createFreezePane(0, 1);

			Sheet lists = workbook.createSheet(LISTS_SHEET);
			int r = 0;
			r = title(lists, r, text("registry.io.template.columns"), title);
			r = row(lists, r, header, text("registry.io.template.column"), text("registry.io.template.meaning"),
					text("registry.io.template.required"), text("registry.io.template.note"));
			for (RegistryImportColumn column : RegistryImportColumn.values()) {
				r = row(lists, r, null, column.key(), text(column.labelCode()),
						RegistryImportColumn.REQUIRED.contains(column) ? text("registry.io.template.yes") : "",
						optional("registry.io.hint." + column.key()));
			}
			r = title(lists, r + 1, text("registry.io.template.legalForms"), title);
			r = row(lists, r, header, text("registry.io.template.code"), text("registry.io.template.name"));
			for (LegalForm form : LegalForm.values()) {
				r = row(lists, r, null, form.name(), text("registry.legalForm." + form.name()));
			}
			r = title(lists, r + 1, text("registry.io.template.registrationTypes"), title);
			r = row(lists, r, header, text("registry.io.template.code"), text("registry.io.template.name"));
			r = row(lists, r, null, "01", text("registry.registrationType.NEW_PRODUCT"), RegistrationType.NEW_PRODUCT.name());
			r = row(lists, r, null, "02", text("registry.registrationType.EXISTING_PRODUCT"),
					RegistrationType.EXISTING_PRODUCT.name());
			r = title(lists, r + 1, text("registry.io.template.productSets", REGULATION), title);
			r = row(lists, r, header, text("registry.io.template.code"), text("registry.io.template.name"),
					text("registry.io.template.group"), text("registry.io.template.sector"));
			for (ProductSet set : criteria.productSets(REGULATION)) {
				r = row(lists, r, null, set.code(), set.name(), set.groupName(), set.sectorName());
			}
			lists.setColumnWidth(0, 256 * 26);
			lists.setColumnWidth(1, 256 * 60);
			lists.setColumnWidth(2, 256 * 30);
			lists.setColumnWidth(3, 256 * 70);
			workbook.write(out);
		}
	}

	private static int title(Sheet sheet, int r, String text, CellStyle style) {
		Cell cell = sheet.createRow(r).createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		return r + 1;
	}

	private static int row(Sheet sheet, int r, @org.jspecify.annotations.Nullable CellStyle style, String... values) {
		Row row = sheet.createRow(r);
		for (int i = 0; i < values.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(values[i]);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
		return r + 1;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

	private String optional(String code) {
		return messages.getMessage(code, null, "", locale);
	}
}
