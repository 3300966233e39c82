package vn.ocop.kpi.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.kpi.KpiDashboard;
import vn.ocop.kpi.KpiReports;

/**
 * The KPI dashboard over JSON and as exports.
 */
@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "programme-kpis", description = "Chỉ số theo dõi kế hoạch, tính từ dữ liệu / KPIs computed from the records")
class KpiApiController {

	private final KpiDashboard dashboard;
	private final KpiReports reports;
	private final Clock clock;

	KpiApiController(KpiDashboard dashboard, KpiReports reports, Clock clock) {
		this.dashboard = dashboard;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Chỉ số của năm / The year's KPIs: [{code, name, target, actual, unit, available}]")
	List<KpiDashboard.KpiLine> kpis(@RequestParam(required = false) @Nullable Integer year) {
		return dashboard.lines(year(year));
	}

	@GetMapping("/{code}")
	@Operation(summary = "Chi tiết một chỉ số / One KPI with breakdown, monthly trend and drill-down by district, "
			+ "commune and product group")
	KpiDashboard.Drilldown kpi(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year) {
		return dashboard.drilldown(year(year), code);
	}

	@GetMapping("/{code}/records")
	@Operation(summary = "Các bản ghi một chỉ số đếm / The records one KPI counts (products, certificates, producers, "
			+ "sales points, pilots, support requests, IP applications), newest first, optionally of one unit (commune "
			+ "or district), product group or set, or breakdown key")
	KpiDashboard.RecordPage records(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String set,
			@RequestParam(required = false) @Nullable String key, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return dashboard.records(year(year), code, unit, set, key, page, size);
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "Xuất Excel / The whole dashboard as .xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable Integer year) {
		int y = year(year);
		return Downloads.file(reports.xlsx(y), Downloads.XLSX, "chi-so-ocop-" + y + ".xlsx");
	}

	@GetMapping("/export.pdf")
	@Operation(summary = "Báo cáo PDF / The whole dashboard as a PDF report")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable Integer year) {
		int y = year(year);
		return Downloads.file(reports.pdf(y), MediaType.APPLICATION_PDF, "bao-cao-chi-so-ocop-" + y + ".pdf");
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
