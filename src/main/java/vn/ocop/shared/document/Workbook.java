package vn.ocop.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx workbook of one or more {@link Sheet}s sharing one set of styles: a bold header on grey, titles, dates, date-times
 * in Vietnam's zone, whole amounts with thousands separators, decimals, percentages and long text wrapped in its cell. {@link #inMemory()} for
 * reports of a few thousand rows; {@link #streamed()} keeps a window of rows in memory and the rest in a compressed
 * temporary file, removed on {@link #close()}.
 */
public final class Workbook implements Closeable {

	private final org.apache.poi.ss.usermodel.Workbook poi;
	private final List<Sheet> sheets = new ArrayList<>();
	final CellStyle header;
	final CellStyle title;
	final CellStyle date;
	final CellStyle dateTime;
	final CellStyle amount;
	final CellStyle decimal;
	final CellStyle percent;
	final CellStyle text;
	final CellStyle wrapped;

	private Workbook(org.apache.poi.ss.usermodel.Workbook poi) {
		this.poi = poi;
		header = poi.createCellStyle();
		Font bold = poi.createFont();
		bold.setBold(true);
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		title = poi.createCellStyle();
		Font large = poi.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 13);
		title.setFont(large);
		date = format("dd/mm/yyyy");
		dateTime = format("dd/mm/yyyy hh:mm");
		amount = format("#,##0");
		decimal = format("#,##0.00");
		percent = format("0%");
		text = format("@");
		wrapped = poi.createCellStyle();
		wrapped.setWrapText(true);
	}

	/** A workbook kept in memory. */
	public static Workbook inMemory() {
		return new Workbook(new XSSFWorkbook());
	}

	/** A workbook streamed through a temporary file, for exports of up to hundreds of thousands of rows. */
	public static Workbook streamed() {
		var workbook = new SXSSFWorkbook(200);
		workbook.setCompressTempFiles(true);
		return new Workbook(workbook);
	}

	/**
	 * A new sheet with a bold header row (frozen) of the titles; its name is made safe for Excel (no "/" or "?",
	 * at most 31 characters).
	 */
	public Sheet sheet(String name, List<String> headers) {
		return new Sheet(this, name, headers);
	}

	org.apache.poi.ss.usermodel.Sheet add(Sheet sheet, String name) {
		sheets.add(sheet);
		return poi.createSheet(WorkbookUtil.createSafeSheetName(name));
	}

	public void writeTo(OutputStream out) throws IOException {
		sheets.forEach(Sheet::finish);
		poi.write(out);
	}

	/** The workbook's bytes; closes it. */
	public byte[] bytes() {
		try (this; var out = new ByteArrayOutputStream()) {
			writeTo(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		poi.close();
	}

	private CellStyle format(String format) {
		CellStyle style = poi.createCellStyle();
		style.setDataFormat(poi.createDataFormat().getFormat(format));
		return style;
	}
}
