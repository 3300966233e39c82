package vn.ocop.reporting.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.reporting.ReportExports;
import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.reporting.ProvinceReporting;
import vn.ocop.reporting.UnitReporting;
import vn.ocop.reporting.MonthlyTotals;
import vn.ocop.reporting.MyReports;
import vn.ocop.reporting.NewProducerReport;
import vn.ocop.reporting.NewUnitReport;
import vn.ocop.reporting.ProducerReportView;
import vn.ocop.reporting.ProvinceMonth;
import vn.ocop.reporting.ReportSummary;
import vn.ocop.reporting.ReportingStatus;
import vn.ocop.reporting.SalesChannel;
import vn.ocop.reporting.UnitReportDraft;
import vn.ocop.reporting.UnitReportView;

/**
 * Monthly reports over JSON: producers' reports (submit, correct, read, who has reported, sums, reminders), the
 * districts'/communes' compiled reports, the province view and trend, and the exports.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Báo cáo định kỳ hằng tháng / Monthly reports")
class ReportApiController {

	static final String PERIOD = "\\d{4}-\\d{2}";

	record MonthlyReportRequest(@NotNull UUID producerId, @NotBlank @Pattern(regexp = PERIOD) String period,
			@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal productionVolume, @NotNull @Min(0) Long revenueVnd,
			@NotNull @Min(0) @Max(1_000_000) Integer workers, @Nullable @Size(max = 10) Set<@NotNull SalesChannel> salesChannels,
			@Nullable @Size(max = 2000) String difficulties, @Nullable @Size(max = 2000) String supportRequests) {

		NewProducerReport toInput() {
			return new NewProducerReport(producerId, period, productionVolume, revenueVnd, workers, salesChannels,
					difficulties, supportRequests);
		}
	}

	record CorrectionRequest(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal productionVolume, @NotNull @Min(0) Long revenueVnd,
			@NotNull @Min(0) @Max(1_000_000) Integer workers, @Nullable @Size(max = 10) Set<@NotNull SalesChannel> salesChannels,
			@Nullable @Size(max = 2000) String difficulties, @Nullable @Size(max = 2000) String supportRequests,
			@NotBlank @Size(max = 1000) String reason) {
	}

	record UnitReportRequest(@NotBlank @Size(max = 10) String unitCode, @NotBlank @Pattern(regexp = PERIOD) String period,
			@Nullable @Size(max = 4000) String difficulties, @Nullable @Size(max = 2000) String strengths,
			@Nullable @Size(max = 2000) String problems, @Nullable @Size(max = 2000) String proposals) {
	}

	record UnitCorrectionRequest(@Nullable @Size(max = 4000) String difficulties,
			@Nullable @Size(max = 2000) String strengths, @Nullable @Size(max = 2000) String problems,
			@Nullable @Size(max = 2000) String proposals, @NotBlank @Size(max = 1000) String reason) {
	}

	private final MonthlyReporting reporting;
	private final UnitReporting unitReporting;
	private final ProvinceReporting provinceReporting;
	private final ReportExports exports;

	ReportApiController(MonthlyReporting reporting, UnitReporting unitReporting, ProvinceReporting provinceReporting,
			ReportExports exports) {
		this.reporting = reporting;
		this.unitReporting = unitReporting;
		this.provinceReporting = provinceReporting;
		this.exports = exports;
	}

	@PostMapping("/monthly")
	@Operation(summary = "Nộp báo cáo tháng của chủ thể / Submit a producer's monthly report (the producer, or an "
			+ "officer on its behalf); 409 if the month is already reported, 422 for a month not begun")
	ResponseEntity<ProducerReportView> submit(@Valid @RequestBody MonthlyReportRequest request) {
		var report = reporting.submit(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/reports/monthly/" + report.id())).body(report);
	}

	@PostMapping("/monthly/{id}/corrections")
	@Operation(summary = "Đính chính báo cáo / Correct a submitted report: a new version with the reason; the "
			+ "replaced version stays visible")
	ResponseEntity<ProducerReportView> correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
		var current = reporting.report(id);
		var report = reporting.correct(id, new NewProducerReport(current.producerId(), current.period(),
				request.productionVolume(), request.revenueVnd(), request.workers(), request.salesChannels(),
				request.difficulties(), request.supportRequests()), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/reports/monthly/" + report.id())).body(report);
	}

	@GetMapping("/monthly/{id}")
	@Operation(summary = "Một phiên bản báo cáo / One report version")
	ProducerReportView report(@PathVariable UUID id) {
		return reporting.report(id);
	}

	@GetMapping("/monthly/versions")
	@Operation(summary = "Các phiên bản báo cáo của một tháng / Every version of a producer's report for a month")
	List<ProducerReportView> versions(@RequestParam UUID producerId, @RequestParam String period) {
		return reporting.versions(producerId, period);
	}

	@GetMapping("/monthly/mine")
	@Operation(summary = "Báo cáo của chủ thể / The month due and earlier reports of the caller's producers")
	List<MyReports> mine() {
		return reporting.mine();
	}

	@GetMapping("/monthly")
	@Operation(summary = "Ai đã/chưa báo cáo / Who has and has not reported the month, in the caller's area or a unit")
	List<ReportingStatus> statuses(@RequestParam String period, @RequestParam(required = false) @Nullable String unitCode) {
		return reporting.statuses(period, unitCode);
	}

	@GetMapping("/monthly/summary")
	@Operation(summary = "Tổng hợp tháng / Sums of the month's reports over the unit's producers")
	ReportSummary summary(@RequestParam String period, @RequestParam(required = false) @Nullable String unitCode) {
		return reporting.summary(period, unitCode);
	}

	@PostMapping("/monthly/reminders")
	@Operation(summary = "Nhắc chủ thể chưa báo cáo / Remind (in-app and e-mail) the producers that have not reported")
	Map<String, Object> remind(@RequestParam String period, @RequestParam(required = false) @Nullable String unitCode) {
		return Map.of("period", period, "reminded", reporting.remind(period, unitCode));
	}

	@GetMapping(value = "/monthly/export.xlsx")
	@Operation(summary = "Xuất Excel tình hình báo cáo tháng / The month's reporting as .xlsx")
	ResponseEntity<byte[]> export(@RequestParam String period, @RequestParam(required = false) @Nullable String unitCode) {
		return xlsx(exports.monthlyReports(period, unitCode), "bao-cao-thang-" + period + ".xlsx");
	}

	@GetMapping("/units/draft")
	@Operation(summary = "Báo cáo huyện/xã điền sẵn / The unit's report pre-filled with its producers' sums")
	UnitReportDraft draft(@RequestParam String unitCode, @RequestParam String period) {
		return unitReporting.draft(unitCode, period);
	}

	@PostMapping("/units")
	@Operation(summary = "Nộp báo cáo huyện/xã / Submit the district's (to June 2025) or commune's report; 409 if "
			+ "already submitted")
	ResponseEntity<UnitReportView> submitUnit(@Valid @RequestBody UnitReportRequest request) {
		var report = unitReporting.submitUnit(new NewUnitReport(request.unitCode(), request.period(), request.difficulties(),
				request.strengths(), request.problems(), request.proposals()));
		return ResponseEntity.created(URI.create("/api/v1/reports/units/" + report.id())).body(report);
	}

	@PostMapping("/units/{id}/corrections")
	@Operation(summary = "Đính chính báo cáo huyện/xã / Correct a unit report: a new version with the reason")
	ResponseEntity<UnitReportView> correctUnit(@PathVariable UUID id, @Valid @RequestBody UnitCorrectionRequest request) {
		var current = unitReporting.unitReport(id);
		var report = unitReporting.correctUnit(id, new NewUnitReport(current.unitCode(), current.period(),
				request.difficulties(), request.strengths(), request.problems(), request.proposals()), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/reports/units/" + report.id())).body(report);
	}

	@GetMapping("/units/{id}")
	@Operation(summary = "Một phiên bản báo cáo huyện/xã / One unit report version")
	UnitReportView unitReport(@PathVariable UUID id) {
		return unitReporting.unitReport(id);
	}

	@GetMapping("/province")
	@Operation(summary = "Tổng hợp toàn tỉnh / The province's month: every unit, the late ones, sums and trend "
			+ "(provincial office)")
	ProvinceMonth province(@RequestParam String period,
			@RequestParam(defaultValue = "12") @Min(1) @Max(120) int trendMonths) {
		return provinceReporting.province(period, trendMonths);
	}

	@GetMapping(value = "/province/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Báo cáo tổng hợp tháng toàn tỉnh (PDF) / The monthly province summary as PDF")
	ResponseEntity<byte[]> provincePdf(@RequestParam String period) {
		byte[] pdf = exports.provinceSummaryPdf(period);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("tong-hop-" + period + ".pdf").build().toString())
				.body(pdf);
	}

	@GetMapping("/province/export.xlsx")
	@Operation(summary = "Xuất Excel tổng hợp toàn tỉnh / The province's month per unit as .xlsx")
	ResponseEntity<byte[]> provinceXlsx(@RequestParam String period) {
		return xlsx(exports.province(period), "tong-hop-" + period + ".xlsx");
	}

	@GetMapping("/trend")
	@Operation(summary = "Xu hướng theo tháng / Monthly sums from one month to another (province or one unit)")
	List<MonthlyTotals> trend(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) @Nullable String unitCode) {
		return provinceReporting.trend(from, to, unitCode);
	}

	@GetMapping("/kpi/revenue-by-month")
	@Operation(summary = "Doanh thu theo tháng của năm (toàn tỉnh) / Province-wide monthly sums of a year (office)")
	List<MonthlyTotals> revenueByMonth(@RequestParam int year) {
		return provinceReporting.trend(YearMonth.of(year, 1).toString(), YearMonth.of(year, 12).toString(), null);
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
						java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(content);
	}
}
