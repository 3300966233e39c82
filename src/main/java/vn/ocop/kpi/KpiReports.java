package vn.ocop.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;


import vn.ocop.planning.PlanManagement;
import vn.ocop.shared.document.PdfRenderer;

/**
 * The whole KPI dashboard of a year as a workbook (.xlsx: the indicators, their breakdowns, the monthly trend,
 * and the drill-down by district and commune) and as a PDF report to send upward (DejaVu Sans embedded).
 */
@Service
public class KpiReports {

	static final String PDF_TEMPLATE = "programme/pdf/kpis";

	private final KpiDashboard dashboard;
	private final PlanManagement plans;
	private final MessageSource messages;
	private final PdfRenderer pdf;
	private final Clock clock;

	KpiReports(KpiDashboard dashboard, PlanManagement plans, MessageSource messages, PdfRenderer pdf, Clock clock) {
		this.dashboard = dashboard;
		this.plans = plans;
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The dashboard as an Excel workbook. */
	public byte[] xlsx(int year) {
		List<KpiDashboard.Drilldown> report = dashboard.report(year);
		List<KpiResult> kpis = report.stream().map(KpiDashboard.Drilldown::kpi).toList();
		Locale locale = LocaleContextHolder.getLocale();
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(boldFont);

			Sheet sheet = workbook.createSheet(text("programme.export.sheet.kpis", locale));
			header(sheet, header, text("programme.export.title", locale, year));
			Row columns = sheet.createRow(2);
			String[] names = { "programme.export.code", "programme.export.name", "programme.export.target",
					"programme.export.actual", "programme.export.unit", "programme.export.progress",
					"programme.export.rule" };
			for (int i = 0; i < names.length; i++) {
				columns.createCell(i).setCellValue(text(names[i], locale));
				columns.getCell(i).setCellStyle(header);
			}
			int r = 3;
			for (KpiResult kpi : kpis) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(kpi.code());
				row.createCell(1).setCellValue(kpi.name());
				number(row, 2, kpi.target());
				if (kpi.available()) {
					number(row, 3, kpi.actual());
				}
				else {
					row.createCell(3).setCellValue(text("programme.kpi.unavailable", locale));
				}
				row.createCell(4).setCellValue(kpi.unit());
				if (kpi.progress() >= 0) {
					row.createCell(5).setCellValue(kpi.progress() / 100.0);
				}
				row.createCell(6).setCellValue(kpi.rule());
			}
			sheet.setColumnWidth(0, 32 * 256);
			sheet.setColumnWidth(1, 60 * 256);
			sheet.setColumnWidth(6, 80 * 256);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			for (int i = 3; i < r; i++) {
				var cell = sheet.getRow(i).getCell(5);
				if (cell != null) {
					cell.setCellStyle(percent);
				}
			}

			Sheet breakdown = workbook.createSheet(text("programme.export.sheet.breakdown", locale));
			header(breakdown, header, text("programme.export.sheet.breakdown", locale));
			int b = 2;
			for (KpiResult kpi : kpis) {
				for (var entry : kpi.measurement().breakdown().entrySet()) {
					Row row = breakdown.createRow(b++);
					row.createCell(0).setCellValue(kpi.name());
					row.createCell(1).setCellValue(text(entry.getKey(), locale));
					row.createCell(2).setCellValue(entry.getValue().doubleValue());
				}
			}
			breakdown.setColumnWidth(0, 60 * 256);
			breakdown.setColumnWidth(1, 40 * 256);

			Sheet trend = workbook.createSheet(text("programme.export.sheet.trend", locale));
			header(trend, header, text("programme.export.sheet.trend", locale));
			Row months = trend.createRow(2);
			months.createCell(0).setCellValue(text("programme.export.name", locale));
			for (int m = 1; m <= 12; m++) {
				months.createCell(m).setCellValue(String.format("%02d/%d", m, year));
			}
			int t = 3;
			for (KpiResult kpi : kpis) {
				if (kpi.measurement().monthly().isEmpty()) {
					continue;
				}
				Row row = trend.createRow(t++);
				row.createCell(0).setCellValue(kpi.name());
				for (int m = 0; m < 12; m++) {
					row.createCell(m + 1).setCellValue(kpi.measurement().monthly().get(m).doubleValue());
				}
			}
			trend.setColumnWidth(0, 60 * 256);

			Sheet units = workbook.createSheet(text("programme.export.sheet.units", locale));
			header(units, header, text("programme.export.sheet.units", locale));
			int u = 2;
			for (var drill : report) {
				KpiResult kpi = drill.kpi();
				for (var district : drill.districts()) {
					for (var commune : district.children()) {
						Row row = units.createRow(u++);
						row.createCell(0).setCellValue(kpi.name());
						row.createCell(1).setCellValue(district.name());
						row.createCell(2).setCellValue(commune.name());
						row.createCell(3).setCellValue(commune.code());
						row.createCell(4).setCellValue(commune.value().doubleValue());
					}
				}
			}
			units.setColumnWidth(0, 60 * 256);
			units.setColumnWidth(1, 30 * 256);
			units.setColumnWidth(2, 30 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The dashboard as a PDF report (A4), always in Vietnamese as the report goes upward. */
	public byte[] pdf(int year) {
		Locale vietnamese = Locale.forLanguageTag("vi");
		Locale previous = LocaleContextHolder.getLocale();
		List<KpiResult> kpis;
		try {
			LocaleContextHolder.setLocale(vietnamese);
			kpis = dashboard.kpis(year);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("year", year);
		variables.put("kpis", kpis);
		variables.put("generatedAt", LocalDateTime.now(clock));
		variables.put("lateTasks", plans.lateTasks());
		return pdf.render(PDF_TEMPLATE, vietnamese, variables);
	}

	private void header(Sheet sheet, CellStyle style, String title) {
		var cell = sheet.createRow(0).createCell(0);
		cell.setCellValue(title);
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, @Nullable BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
