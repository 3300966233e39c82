package vn.ocop.support.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.ocop.support.BudgetRollup;
import vn.ocop.support.CommitmentView;

/**
 * The year's budget roll-up as an .xlsx workbook (Apache POI, as the other exports): one sheet per view (activities,
 * sources, districts, product groups) and one of the commitments, amounts as whole đồng so that they add up in
 * Excel.
 */
@Component
class BudgetWorkbook {

	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MessageSource messages;

	BudgetWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(BudgetRollup rollup) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			rows(sheet(workbook, "support.budget.byActivity", locale), rollup.byActivity(), rollup, bold,
					money, text("support.budget.activity", locale), true, locale);
			List<BudgetRollup.Row> sources = rollup.bySource().stream()
					.map(r -> new BudgetRollup.Row(r.key(), text("support.source." + r.key(), locale), r.allocated(),
							r.committed(), r.disbursed()))
					.toList();
			rows(sheet(workbook, "support.budget.bySource", locale), sources, rollup, bold, money,
					text("support.budget.source", locale), true, locale);
			rows(sheet(workbook, "support.budget.byArea", locale), rollup.byArea(), rollup, bold, money,
					text("support.budget.area", locale), false, locale);
			rows(sheet(workbook, "support.budget.byGroup", locale), rollup.byGroup(), rollup, bold, money,
					text("support.budget.group", locale), false, locale);
			Sheet sheet = sheet(workbook, "support.budget.commitments", locale);
			header(sheet, bold, text("support.budget.committedOn", locale), text("support.budget.description", locale),
					text("support.budget.committed", locale), text("support.budget.disbursed", locale));
			int r = 1;
			for (CommitmentView c : rollup.commitments()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(c.committedOn().toString());
				row.createCell(1).setCellValue(c.description());
				amount(row, 2, c.amount(), money);
				amount(row, 3, c.disbursed(), money);
			}
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				for (int c = 0; c < 5; c++) {
					workbook.getSheetAt(i).setColumnWidth(c, c == 0 || (i == 4 && c == 1) ? 14_000 : 5_000);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private void rows(Sheet sheet, List<BudgetRollup.Row> rows, BudgetRollup rollup, CellStyle bold, CellStyle money,
			String first, boolean allocated, Locale locale) {
		if (allocated) {
			header(sheet, bold, first, text("support.budget.allocated", locale), text("support.budget.committed", locale),
					text("support.budget.disbursed", locale), text("support.budget.remaining", locale));
		}
		else {
			header(sheet, bold, first, text("support.budget.committed", locale), text("support.budget.disbursed", locale));
		}
		int r = 1;
		for (BudgetRollup.Row line : rows) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line.label());
			write(row, line.allocated(), line.committed(), line.disbursed(), line.remaining(), allocated, money);
		}
		Row total = sheet.createRow(r);
		total.createCell(0).setCellValue(text("support.budget.total", locale));
		var t = rollup.totals();
		write(total, t.allocated(), t.committed(), t.disbursed(), t.remaining(), allocated, money);
	}

	private static void write(Row row, @Nullable BigDecimal allocated, BigDecimal committed, BigDecimal disbursed,
			@Nullable BigDecimal remaining, boolean withAllocation, CellStyle money) {
		int c = 1;
		if (withAllocation) {
			amount(row, c++, allocated, money);
		}
		amount(row, c++, committed, money);
		amount(row, c++, disbursed, money);
		if (withAllocation) {
			amount(row, c, remaining, money);
		}
	}

	private static void amount(Row row, int column, @Nullable BigDecimal value, CellStyle money) {
		var cell = row.createCell(column);
		cell.setCellValue(value == null ? 0 : value.doubleValue());
		cell.setCellStyle(money);
	}

	private static void header(Sheet sheet, CellStyle bold, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			var cell = row.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(bold);
		}
	}

	/** A sheet named in the reader's language (characters Excel refuses in names, such as “/”, replaced). */
	private Sheet sheet(XSSFWorkbook workbook, String code, Locale locale) {
		return workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(text(code, locale)));
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
