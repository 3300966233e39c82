package vn.ocop.kpi.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.kpi.KpiDashboard;
import vn.ocop.kpi.KpiReports;
import vn.ocop.kpi.KpiResult;

/**
 * The KPI dashboard page: each indicator with actual against target and a progress bar, the monthly trend chart,
 * the drill-down of one indicator (an htmx fragment) and the exports.
 */
@Controller
class KpiWebController {

	private final KpiDashboard dashboard;
	private final KpiReports reports;
	private final Clock clock;

	KpiWebController(KpiDashboard dashboard, KpiReports reports, Clock clock) {
		this.dashboard = dashboard;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/kpis")
	String dashboard(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int y = year(year);
		List<KpiResult> kpis = dashboard.kpis(y);
		model.addAttribute("year", y);
		model.addAttribute("kpis", kpis);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2019, Math.max(2019, LocalDate.now(clock).getYear()))
				.boxed().sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("chartData", chart(kpis));
		return "programme/kpis";
	}

	@GetMapping("/kpis/{code}")
	String drilldown(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("drill", dashboard.drilldown(y, code));
		return htmx != null ? "programme/kpi :: drill" : "programme/kpi";
	}

	/** The records one figure counts, filtered as the drill-down row followed (issue 18). */
	@GetMapping("/kpis/{code}/records")
	String records(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String set,
			@RequestParam(required = false) @Nullable String key, @RequestParam(defaultValue = "0") int page, Model model) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("records", dashboard.records(y, code, unit, set, key, page, 50));
		return "programme/kpi-records";
	}

	@GetMapping("/kpis/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable Integer year) {
		int y = year(year);
		return Downloads.file(reports.xlsx(y), Downloads.XLSX, "chi-so-ocop-" + y + ".xlsx");
	}

	@GetMapping("/kpis/export.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable Integer year) {
		int y = year(year);
		return Downloads.file(reports.pdf(y), MediaType.APPLICATION_PDF, "bao-cao-chi-so-ocop-" + y + ".pdf");
	}

	/** The trend data for the chart script: one series per indicator with a monthly trend. */
	private String chart(List<KpiResult> kpis) {
		var json = new StringBuilder("[");
		for (KpiResult kpi : kpis) {
			if (kpi.measurement().monthly().isEmpty()) {
				continue;
			}
			if (json.length() > 1) {
				json.append(',');
			}
			json.append("{\"code\":\"").append(kpi.code()).append("\",\"name\":\"").append(escape(kpi.name()))
					.append("\",\"target\":").append(kpi.target() == null ? "null" : kpi.target().toPlainString())
					.append(",\"monthly\":[");
			var monthly = kpi.measurement().monthly();
			for (int i = 0; i < monthly.size(); i++) {
				json.append(i == 0 ? "" : ",").append(monthly.get(i).toPlainString());
			}
			json.append("]}");
		}
		return json.append(']').toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
	}

	private int year(@Nullable Integer year) {
		if (year == null) {
			return LocalDate.now(clock).getYear();
		}
		if (year < 2018 || year > 2100) {
			throw vn.ocop.shared.BusinessRuleException.unprocessable("programme.plan.year.invalid", year);
		}
		return year;
	}
}
