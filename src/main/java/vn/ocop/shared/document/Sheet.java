package vn.ocop.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A one-sheet .xlsx built row by row: a bold header, then values typed by their Java type (dates, amounts,
 * decimals, booleans as "x"). Shared by the exports of reporting and inspection.
 */
public final class Sheet {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final XSSFWorkbook workbook = new XSSFWorkbook();
	private final XSSFSheet sheet;
	private final CellStyle dateStyle;
	private final CellStyle dateTimeStyle;
	private final CellStyle amountStyle;
	private final CellStyle decimalStyle;
	private final int columns;
	private int next;

	public Sheet(String name, List<String> headers) {
		this.sheet = workbook.createSheet(name);
		this.columns = headers.size();
		CellStyle header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		dateTimeStyle = workbook.createCellStyle();
		dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		amountStyle = workbook.createCellStyle();
		amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		decimalStyle = workbook.createCellStyle();
		decimalStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		Row row = sheet.createRow(next++);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(header);
		}
		sheet.createFreezePane(0, 1);
	}

	public Sheet row(@Nullable Object... values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (v instanceof BigDecimal d) {
				cell.setCellValue(d.doubleValue());
				cell.setCellStyle(decimalStyle);
			}
			else if (v instanceof Long || v instanceof Integer) {
				cell.setCellValue(((Number) v).doubleValue());
				cell.setCellStyle(amountStyle);
			}
			else if (v instanceof LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(dateStyle);
			}
			else if (v instanceof Instant t) {
				cell.setCellValue(t.atZone(ZONE).toLocalDateTime());
				cell.setCellStyle(dateTimeStyle);
			}
			else if (v instanceof Boolean b) {
				cell.setCellValue(b ? "x" : "");
			}
			else {
				String text = String.valueOf(v);
				cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) : text);
			}
		}
		return this;
	}

	public byte[] bytes() {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, Math.min(60, Math.max(12, widest(i))) * 256);
		}
		try (workbook; var out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private int widest(int column) {
		int max = 0;
		for (int r = 0; r < Math.min(next, 200); r++) {
			Row row = sheet.getRow(r);
			Cell cell = row == null ? null : row.getCell(column);
			if (cell != null) {
				max = Math.max(max, cell.toString().length() + 2);
			}
		}
		return max;
	}
}
