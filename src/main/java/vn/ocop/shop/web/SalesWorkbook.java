package vn.ocop.shop.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.shared.document.Sheet;
import vn.ocop.shared.document.Workbook;
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

	byte[] write(SalesReport report) {
		Locale locale = LocaleContextHolder.getLocale();
		Workbook workbook = Workbook.inMemory();
		Sheet months = workbook.sheet(text("shop.xlsx.months", locale), List.of(text("shop.xlsx.month", locale),
				text("shop.xlsx.orders", locale), text("shop.xlsx.delivered", locale), text("shop.xlsx.revenue", locale)));
		for (SalesReport.Month m : report.months()) {
			months.row(m.month() + "/" + report.year(), m.orders(), m.deliveredOrders(),
					Sheet.amount(m.deliveredRevenueVnd()));
		}
		months.row(text("shop.xlsx.total", locale), report.orders(), null, Sheet.amount(report.deliveredRevenueVnd()))
				.widths(WIDTHS);
		rows(workbook, "shop.xlsx.producers", "shop.xlsx.producer", report.byProducer(), locale);
		rows(workbook, "shop.xlsx.groups", "shop.xlsx.group", report.byProductGroup(), locale);
		rows(workbook, "shop.xlsx.districts", "shop.xlsx.district", report.byDistrict(), locale);
		return workbook.bytes();
	}

	private static final int[] WIDTHS = { 46, 19, 19, 19 };

	private void rows(Workbook workbook, String name, String first, List<SalesReport.Row> rows, Locale locale) {
		Sheet sheet = workbook.sheet(text(name, locale),
				List.of(text(first, locale), text("shop.xlsx.orders", locale), text("shop.xlsx.revenue", locale)));
		for (SalesReport.Row line : rows) {
			sheet.row(line.name(), line.orders(), Sheet.amount(line.deliveredRevenueVnd()));
		}
		sheet.widths(WIDTHS);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
