package vn.ocop.shared.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * A sheet of a {@link Workbook}, built row by row under a bold header: values typed by their Java type — dates,
 * instants (in Vietnam's zone), {@code Long} and {@link #amount amounts} as whole numbers with thousands separators,
 * {@code BigDecimal} with two decimals, other numbers as they are, {@link #percent percentages}, {@link #wrapped wrapped} text, booleans as "x",
 * anything else as text. Columns are as wide as their first rows unless {@link #widths} fixes them. Also a one-sheet
 * workbook of its own ({@link #Sheet(String, List)} and {@link #bytes()}), as the exports of reporting and
 * inspection use it.
 */
public final class Sheet {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** A whole amount (đồng), shown with thousands separators. */
	public record Amount(@Nullable Number value) {
	}

	/** A fraction (0.42) shown as a percentage (42 %). */
	public record Percent(double fraction) {
	}

	/** Text kept as text by Excel (leading zeros, long digit strings). */
	public record Text(String value) {
	}

	/** Long text wrapped on several lines within its column's width. */
	public record Wrapped(String value) {
	}

	private final Workbook workbook;
	private final org.apache.poi.ss.usermodel.Sheet sheet;
	private final int columns;
	private final int headerRows;
	private int next;
	private int @Nullable [] widths;
	private boolean filter;
	private boolean finished;

	/** A sheet alone in a workbook kept in memory. */
	public Sheet(String name, List<String> headers) {
		this(Workbook.inMemory(), name, headers);
	}

	Sheet(Workbook workbook, String name, List<String> headers) {
		this.workbook = workbook;
		this.sheet = workbook.add(this, name);
		this.columns = headers.size();
		this.headerRows = headers.isEmpty() ? 0 : 1;
		if (!headers.isEmpty()) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(workbook.header);
			}
			sheet.createFreezePane(0, 1);
		}
	}

	public static Amount amount(@Nullable Number value) {
		return new Amount(value);
	}

	public static Percent percent(double fraction) {
		return new Percent(fraction);
	}

	public static Text text(String value) {
		return new Text(value);
	}

	public static Wrapped wrapped(String value) {
		return new Wrapped(value);
	}

	/** A row of values from the first column; {@code null} leaves a cell empty. */
	public Sheet row(@Nullable Object... values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null || v instanceof Amount a && a.value() == null) {
				continue;
			}
			write(row.createCell(i), v);
		}
		return this;
	}

	private void write(Cell cell, Object v) {
		if (v instanceof Amount a) {
			cell.setCellValue(java.util.Objects.requireNonNull(a.value()).doubleValue());
			cell.setCellStyle(workbook.amount);
		}
		else if (v instanceof Long l) {
			cell.setCellValue(l.doubleValue());
			cell.setCellStyle(workbook.amount);
		}
		else if (v instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
			cell.setCellStyle(workbook.decimal);
		}
		else if (v instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (v instanceof Percent p) {
			cell.setCellValue(p.fraction());
			cell.setCellStyle(workbook.percent);
		}
		else if (v instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(workbook.date);
		}
		else if (v instanceof Instant t) {
			cell.setCellValue(t.atZone(ZONE).toLocalDateTime());
			cell.setCellStyle(workbook.dateTime);
		}
		else if (v instanceof Boolean b) {
			cell.setCellValue(b ? "x" : "");
		}
		else if (v instanceof Text t) {
			cell.setCellValue(t.value());
			cell.setCellStyle(workbook.text);
		}
		else if (v instanceof Wrapped w) {
			if (!w.value().isEmpty()) {
				cell.setCellValue(w.value());
			}
			cell.setCellStyle(workbook.wrapped);
		}
		else {
			String text = String.valueOf(v);
			if (!text.isEmpty()) {
				cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) : text);
			}
		}
	}

	/** A title row (bold, larger) in the first column, e.g. above a list further down the sheet. */
	public Sheet title(String text) {
		Cell cell = sheet.createRow(next++).createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(workbook.title);
		return this;
	}

	/** A header row (bold on grey) further down the sheet, above the rows of a list. */
	public Sheet header(String... titles) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < titles.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(workbook.header);
		}
		return this;
	}

	/** An empty row. */
	public Sheet skip() {
		next++;
		return this;
	}

	/** Columns Excel keeps as text as they are typed in (leading zeros, long digit strings), from 0. */
	public Sheet textColumns(int... columns) {
		for (int column : columns) {
			sheet.setDefaultColumnStyle(column, workbook.text);
		}
		return this;
	}

	/** Fixed column widths, in characters, from the first column. */
	public Sheet widths(int... characters) {
		this.widths = characters.clone();
		return this;
	}

	/** A filter on the header row over the rows written. */
	public Sheet filter() {
		this.filter = true;
		return this;
	}

	/** The rows written under the header (every row of a sheet without one). */
	public int rows() {
		return Math.max(0, next - headerRows);
	}

	/** The bytes of this sheet's workbook (for a sheet made alone); closes the workbook. */
	public byte[] bytes() {
		return workbook.bytes();
	}

	void finish() {
		if (finished) {
			return;
		}
		finished = true;
		for (int i = 0; i < Math.max(columns, widths == null ? 0 : widths.length); i++) {
			int width = widths != null && i < widths.length ? widths[i] : Math.min(60, Math.max(12, widest(i)));
			sheet.setColumnWidth(i, width * 256);
		}
		if (filter && columns > 0) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 1), 0, columns - 1));
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
