package vn.ocop.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.reporting.ReportExports;
import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.reporting.ProvinceReporting;
import vn.ocop.reporting.UnitReporting;
import vn.ocop.reporting.NewUnitReport;
import vn.ocop.reporting.ReportingStatus;
import vn.ocop.reporting.ReportingUnit;
import vn.ocop.reporting.UnitReportView;

/**
 * The reporting units' and the province's monthly report screens: an officer's view of who has and has not
 * reported, reminders, the export and the unit's compiled report; the province's month with the late units, sums,
 * trend chart and downloads. Each form is bound and checked; a refused one is shown again with every error beside its
 * field.
 */
@Controller
class UnitReportWebController {

	/** The unit's report form; the unit, the period and the reason to correct are the report's own rules. */
	static class UnitForm {
		private @Nullable String unitCode;
		private @Nullable String period;
		@Size(max = 4000)
		private @Nullable String difficulties;
		@Size(max = 2000)
		private @Nullable String strengths;
		@Size(max = 2000)
		private @Nullable String problems;
		@Size(max = 2000)
		private @Nullable String proposals;
		@Size(max = 1000)
		private @Nullable String reason;

		NewUnitReport toInput() {
			return new NewUnitReport(unitCode == null ? "" : unitCode, period == null ? "" : period, difficulties,
					strengths, problems, proposals);
		}

		public @Nullable String getUnitCode() { return unitCode; }
		public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
		public @Nullable String getPeriod() { return period; }
		public void setPeriod(@Nullable String period) { this.period = period; }
		public @Nullable String getDifficulties() { return difficulties; }
		public void setDifficulties(@Nullable String difficulties) { this.difficulties = difficulties; }
		public @Nullable String getStrengths() { return strengths; }
		public void setStrengths(@Nullable String strengths) { this.strengths = strengths; }
		public @Nullable String getProblems() { return problems; }
		public void setProblems(@Nullable String problems) { this.problems = problems; }
		public @Nullable String getProposals() { return proposals; }
		public void setProposals(@Nullable String proposals) { this.proposals = proposals; }
		public @Nullable String getReason() { return reason; }
		public void setReason(@Nullable String reason) { this.reason = reason; }
	}

	/** Reminders to the producers of a unit who have not reported for a month. */
	static class ReminderForm {
		@NotBlank
		private String period = "";
		private @Nullable String unitCode;

		public String getPeriod() { return period; }
		public void setPeriod(@Nullable String period) { this.period = period == null ? "" : period; }
		public @Nullable String getUnitCode() { return unitCode; }
		public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
	}

	private final MonthlyReporting reporting;
	private final UnitReporting unitReporting;
	private final ProvinceReporting provinceReporting;
	private final ReportExports exports;
	private final ReportForms forms;
	private final Clock clock;

	UnitReportWebController(MonthlyReporting reporting, UnitReporting unitReporting,
			ProvinceReporting provinceReporting, ReportExports exports, ReportForms forms, Clock clock) {
		this.reporting = reporting;
		this.unitReporting = unitReporting;
		this.provinceReporting = provinceReporting;
		this.exports = exports;
		this.forms = forms;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- units

	@GetMapping("/monitoring/reports/unit")
	String unit(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String unitCode, Model model) {
		String month = period == null || period.isBlank() ? defaultPeriod() : period;
		List<ReportingUnit> units = unitReporting.compilableUnits(month);
		String code = unitCode != null && !unitCode.isBlank() ? unitCode
				: units.isEmpty() ? null : units.get(0).code();
		List<ReportingStatus> rows = reporting.statuses(month, code);
		model.addAttribute("period", month);
		model.addAttribute("periods", recentPeriods());
		model.addAttribute("units", units);
		model.addAttribute("unitCode", code);
		model.addAttribute("rows", rows);
		model.addAttribute("summary", reporting.summary(month, code));
		if (!model.containsAttribute("reminderForm")) {
			var reminder = new ReminderForm();
			reminder.setPeriod(month);
			reminder.setUnitCode(code);
			model.addAttribute("reminderForm", reminder);
		}
		if (code != null && units.stream().anyMatch(u -> u.code().equals(code))) {
			var draft = unitReporting.draft(code, month);
			model.addAttribute("draft", draft);
			if (!model.containsAttribute("unitForm")) {
				var form = new UnitForm();
				form.setUnitCode(code);
				form.setPeriod(month);
				UnitReportView submitted = draft.submitted();
				form.setDifficulties(submitted != null && submitted.difficulties() != null ? submitted.difficulties()
						: draft.difficulties());
				if (submitted != null) {
					form.setStrengths(submitted.strengths());
					form.setProblems(submitted.problems());
					form.setProposals(submitted.proposals());
				}
				model.addAttribute("unitForm", form);
			}
		}
		return "monitoring/reports/unit";
	}

	@PostMapping("/monitoring/reports/unit")
	String submitUnit(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (forms.submit(binding, redirect, "monitoring.flash.unitReported",
				() -> unitReporting.submitUnit(form.toInput()), report -> new Object[] { report.unitName(), report.period() })) {
			return redirectToUnit(form.getPeriod(), form.getUnitCode());
		}
		return unit(form.getPeriod(), form.getUnitCode(), model);
	}

	@PostMapping("/monitoring/reports/unit/{id}/correction")
	String correctUnit(@PathVariable UUID id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (forms.submit(binding, redirect, "monitoring.flash.corrected",
				() -> unitReporting.correctUnit(id, form.toInput(), form.getReason()),
				report -> new Object[] { report.version() })) {
			return redirectToUnit(form.getPeriod(), form.getUnitCode());
		}
		return unit(form.getPeriod(), form.getUnitCode(), model);
	}

	@PostMapping("/monitoring/reports/reminders")
	String remind(@Valid @ModelAttribute("reminderForm") ReminderForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (forms.submit(binding, redirect, "monitoring.flash.reminded",
				() -> reporting.remind(form.getPeriod(), form.getUnitCode()), sent -> new Object[] { sent })) {
			return redirectToUnit(form.getPeriod(), form.getUnitCode());
		}
		return unit(form.getPeriod(), form.getUnitCode(), model);
	}

	@GetMapping("/monitoring/reports/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam String period, @RequestParam(required = false) @Nullable String unitCode) {
		return ReportApiController.xlsx(exports.monthlyReports(period, unitCode), "bao-cao-thang-" + period + ".xlsx");
	}

	// ---------------------------------------------------------------- province

	@GetMapping("/monitoring/reports/province")
	String province(@RequestParam(required = false) @Nullable String period, Model model) {
		String month = period == null || period.isBlank() ? defaultPeriod() : period;
		var view = provinceReporting.province(month, 60);
		model.addAttribute("month", view);
		model.addAttribute("period", month);
		model.addAttribute("periods", recentPeriods());
		model.addAttribute("trendLabels", view.trend().stream().map(t -> t.period()).toList());
		model.addAttribute("trendRevenue", view.trend().stream().map(t -> t.revenueVnd()).toList());
		model.addAttribute("trendReported", view.trend().stream().map(t -> t.reported()).toList());
		return "monitoring/reports/province";
	}

	@GetMapping("/monitoring/reports/province/summary.pdf")
	ResponseEntity<byte[]> provincePdf(@RequestParam String period) {
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
				.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
						.inline().filename("tong-hop-" + period + ".pdf").build().toString())
				.body(exports.provinceSummaryPdf(period));
	}

	@GetMapping("/monitoring/reports/province/export.xlsx")
	ResponseEntity<byte[]> provinceXlsx(@RequestParam String period) {
		return ReportApiController.xlsx(exports.province(period), "tong-hop-" + period + ".xlsx");
	}

	// ---------------------------------------------------------------- helpers

	private String defaultPeriod() {
		return YearMonth.now(clock).minusMonths(1).toString();
	}

	private List<String> recentPeriods() {
		YearMonth now = YearMonth.now(clock);
		return java.util.stream.IntStream.range(0, 24).mapToObj(i -> now.minusMonths(i).toString()).toList();
	}

	private static String redirectToUnit(@Nullable String period, @Nullable String unitCode) {
		return "redirect:" + UriComponentsBuilder.fromPath("/monitoring/reports/unit").queryParam("period", period)
				.queryParam("unitCode", unitCode).build().encode().toUriString();
	}

}
