package vn.ocop.shop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.shop.SalesReport;

/**
 * The sales report as an .xlsx workbook: one sheet per view (months, producers, product groups, districts), amounts
 * as whole numbers with thousands separators so that they add up in Excel.
 */
@Component
class SalesWorkbook {

	private final MessageSource messages;

	SalesWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(SalesReport report) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet months = workbook.createSheet(text("shop.xlsx.months", locale));
			header(months, bold, text("shop.xlsx.month", locale), text("shop.xlsx.orders", locale),
					text("shop.xlsx.delivered", locale), text("shop.xlsx.revenue", locale));
			int r = 1;
			for (SalesReport.Month m : report.months()) {
				Row row = months.createRow(r++);
				row.createCell(0).setCellValue(m.month() + "/" + report.year());
				row.createCell(1).setCellValue(m.orders());
				row.createCell(2).setCellValue(m.deliveredOrders());
				var cell = row.createCell(3);
				cell.setCellValue(m.deliveredRevenueVnd());
				cell.setCellStyle(money);
			}
			Row total = months.createRow(r);
			total.createCell(0).setCellValue(text("shop.xlsx.total", locale));
			total.createCell(1).setCellValue(report.orders());
			var cell = total.createCell(3);
			cell.setCellValue(report.deliveredRevenueVnd());
			cell.setCellStyle(money);
			rows(workbook.createSheet(text("shop.xlsx.producers", locale)), report.byProducer(), bold, money,
					text("shop.xlsx.producer", locale), locale);
			rows(workbook.createSheet(text("shop.xlsx.groups", locale)), report.byProductGroup(), bold, money,
					text("shop.xlsx.group", locale), locale);
			rows(workbook.createSheet(text("shop.xlsx.districts", locale)), report.byDistrict(), bold, money,
					text("shop.xlsx.district", locale), locale);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				for (int c = 0; c < 4; c++) {
					workbook.getSheetAt(i).setColumnWidth(c, c == 0 ? 12_000 : 5_000);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private void rows(Sheet sheet, List<SalesReport.Row> rows, CellStyle bold, CellStyle money, String first,
			Locale locale) {
		header(sheet, bold, first, text("shop.xlsx.orders", locale), text("shop.xlsx.revenue", locale));
		int r = 1;
		for (SalesReport.Row line : rows) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line.name());
			row.createCell(1).setCellValue(line.orders());
			var cell = row.createCell(2);
			cell.setCellValue(line.deliveredRevenueVnd());
			cell.setCellStyle(money);
		}
	}

	private static void header(Sheet sheet, CellStyle bold, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			var cell = row.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(bold);
		}
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
