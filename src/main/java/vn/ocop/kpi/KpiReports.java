package vn.ocop.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.ocop.planning.PlanManagement;
import vn.ocop.shared.document.PdfRenderer;
import vn.ocop.shared.document.Sheet;
import vn.ocop.shared.document.Workbook;

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
		Workbook workbook = Workbook.inMemory();

		Sheet indicators = workbook.sheet(text("programme.export.sheet.kpis", locale), List.of())
				.title(text("programme.export.title", locale, year)).skip()
				.header(texts(locale, "programme.export.code", "programme.export.name", "programme.export.target",
						"programme.export.actual", "programme.export.unit", "programme.export.progress",
						"programme.export.rule"))
				.widths(32, 60, 12, 12, 12, 12, 80);
		for (KpiResult kpi : kpis) {
			indicators.row(kpi.code(), kpi.name(), number(kpi.target()),
					kpi.available() ? number(kpi.actual()) : text("programme.kpi.unavailable", locale), kpi.unit(),
					kpi.progress() >= 0 ? Sheet.percent(kpi.progress() / 100.0) : null, kpi.rule());
		}

		String breakdownName = text("programme.export.sheet.breakdown", locale);
		Sheet breakdown = workbook.sheet(breakdownName, List.of()).title(breakdownName).skip().widths(60, 40, 12);
		for (KpiResult kpi : kpis) {
			kpi.measurement().breakdown()
					.forEach((key, value) -> breakdown.row(kpi.name(), text(key, locale), value.doubleValue()));
		}

		String trendName = text("programme.export.sheet.trend", locale);
		Sheet trend = workbook.sheet(trendName, List.of()).title(trendName).skip();
		Object[] months = new Object[13];
		months[0] = text("programme.export.name", locale);
		for (int m = 1; m <= 12; m++) {
			months[m] = String.format("%02d/%d", m, year);
		}
		trend.row(months).widths(60, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12);
		for (KpiResult kpi : kpis) {
			List<BigDecimal> monthly = kpi.measurement().monthly();
			if (monthly.isEmpty()) {
				continue;
			}
			Object[] row = new Object[13];
			row[0] = kpi.name();
			for (int m = 0; m < 12; m++) {
				row[m + 1] = monthly.get(m).doubleValue();
			}
			trend.row(row);
		}

		String unitsName = text("programme.export.sheet.units", locale);
		Sheet units = workbook.sheet(unitsName, List.of()).title(unitsName).skip().widths(60, 30, 30, 12, 12);
		for (var drill : report) {
			for (var district : drill.districts()) {
				for (var commune : district.children()) {
					units.row(drill.kpi().name(), district.name(), commune.name(), commune.code(),
							commune.value().doubleValue());
				}
			}
		}
		return workbook.bytes();
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

	/** A figure as a plain number (a count or an amount as the dashboard shows it); empty if there is none. */
	private static @Nullable Double number(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	private String[] texts(Locale locale, String... codes) {
		String[] texts = new String[codes.length];
		for (int i = 0; i < codes.length; i++) {
			texts[i] = text(codes[i], locale);
		}
		return texts;
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
