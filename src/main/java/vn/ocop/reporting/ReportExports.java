package vn.ocop.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.ocop.shared.document.PdfRenderer;
import vn.ocop.shared.document.Sheet;

/**
 * The reporting exports: the month's reporting (.xlsx), the province's month per unit (.xlsx) and as the monthly
 * province summary (PDF). Each honours the caller's access like the lists.
 */
@Service
public class ReportExports {

	private final MonthlyReporting reporting;
	private final ProvinceReporting provinces;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final java.time.Clock clock;

	ReportExports(MonthlyReporting reporting, ProvinceReporting provinces, PdfRenderer pdf, MessageSource messages,
			java.time.Clock clock) {
		this.reporting = reporting;
		this.provinces = provinces;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/** Who has and has not reported the month, with the figures of those who did. */
	public byte[] monthlyReports(String period, @Nullable String unitCode) {
		var sheet = new Sheet(period, headers("producer", "commune", "reportingUnit", "reported", "late", "version",
				"revenue", "submittedAt"));
		for (ReportingStatus s : reporting.statuses(period, unitCode)) {
			sheet.row(s.producerName(), s.communeCode(), s.reportingUnitName(), s.reported(), s.late(), s.version(),
					s.revenueVnd(), s.submittedAt());
		}
		return sheet.bytes();
	}

	/** The province's month per reporting unit (provincial office). */
	public byte[] province(String period) {
		ProvinceMonth month = provinces.province(period, 1);
		var sheet = new Sheet(period, headers("unit", "expected", "reported", "revenue", "volume", "workers",
				"unitReport", "late"));
		for (UnitMonth u : month.units()) {
			sheet.row(u.unitName(), u.producersExpected(), u.producersReported(), u.revenueVnd(), u.productionVolume(),
					u.workers(), u.report() == null ? "" : "v" + u.report().version(), u.late());
		}
		ReportSummary t = month.total();
		sheet.row(text("total"), t.expected(), t.reported(), t.revenueVnd(), t.productionVolume(), t.workers(), null, null);
		return sheet.bytes();
	}

	/** The monthly province summary as a PDF (provincial office). */
	public byte[] provinceSummaryPdf(String period) {
		ProvinceMonth month = provinces.province(period, 12);
		Map<String, Object> variables = new HashMap<>();
		variables.put("month", month);
		variables.put("today", LocalDate.now(clock));
		variables.put("zone", clock.getZone());
		variables.put("periodLabel", java.time.YearMonth.parse(month.period())
				.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")));
		long max = month.trend().stream().mapToLong(MonthlyTotals::revenueVnd).max().orElse(0);
		variables.put("maxRevenue", Math.max(1, max));
		return pdf.render("monitoring/pdf/province", PdfRenderer.VIETNAMESE, variables);
	}

	private List<String> headers(String... keys) {
		return java.util.Arrays.stream(keys).map(k -> text("export." + k)).toList();
	}

	private String text(String key) {
		return messages.getMessage("monitoring." + key, null, key,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}
}
