package vn.ocop.reporting.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.reporting.ReportExports;
import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.reporting.ProvinceReporting;
import vn.ocop.reporting.UnitReporting;
import vn.ocop.reporting.NewProducerReport;
import vn.ocop.reporting.NewUnitReport;
import vn.ocop.reporting.ProducerReportView;
import vn.ocop.reporting.ReportingStatus;
import vn.ocop.reporting.ReportingUnit;
import vn.ocop.reporting.SalesChannel;
import vn.ocop.reporting.UnitReportView;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.ReportFollowUps;
import vn.ocop.shared.web.NavigationItem;

/**
 * The producers' monthly report screens: a producer's phone-friendly form for the month due and its earlier reports
 * (with corrections), an officer reporting on a producer's behalf, one report with its versions. The units' and the
 * province's screens are {@link UnitReportWebController}'s.
 */
@Controller
class ReportWebController {

	/** The producer's report form (also used for corrections and by officers on a producer's behalf). */
	static class ReportForm {
		private @Nullable UUID producerId;
		private @Nullable String period;
		private @Nullable BigDecimal productionVolume;
		private @Nullable Long revenueVnd;
		private @Nullable Integer workers;
		private Set<SalesChannel> salesChannels = EnumSet.noneOf(SalesChannel.class);
		private @Nullable String difficulties;
		private @Nullable String supportRequests;
		private @Nullable String reason;

		NewProducerReport toInput() {
			return new NewProducerReport(producerId == null ? new UUID(0, 0) : producerId, period == null ? "" : period,
					productionVolume, revenueVnd, workers, salesChannels, difficulties, supportRequests);
		}

		static ReportForm of(ProducerReportView r) {
			var form = new ReportForm();
			form.producerId = r.producerId();
			form.period = r.period();
			form.productionVolume = r.productionVolume();
			form.revenueVnd = r.revenueVnd();
			form.workers = r.workers();
			form.salesChannels = r.salesChannels().isEmpty() ? EnumSet.noneOf(SalesChannel.class) : EnumSet.copyOf(r.salesChannels());
			form.difficulties = r.difficulties();
			form.supportRequests = r.supportRequests();
			return form;
		}

		public @Nullable UUID getProducerId() { return producerId; }
		public void setProducerId(@Nullable UUID producerId) { this.producerId = producerId; }
		public @Nullable String getPeriod() { return period; }
		public void setPeriod(@Nullable String period) { this.period = period; }
		public @Nullable BigDecimal getProductionVolume() { return productionVolume; }
		public void setProductionVolume(@Nullable BigDecimal productionVolume) { this.productionVolume = productionVolume; }
		public @Nullable Long getRevenueVnd() { return revenueVnd; }
		public void setRevenueVnd(@Nullable Long revenueVnd) { this.revenueVnd = revenueVnd; }
		public @Nullable Integer getWorkers() { return workers; }
		public void setWorkers(@Nullable Integer workers) { this.workers = workers; }
		public Set<SalesChannel> getSalesChannels() { return salesChannels; }
		public void setSalesChannels(@Nullable Set<SalesChannel> salesChannels) {
			this.salesChannels = salesChannels == null || salesChannels.isEmpty() ? EnumSet.noneOf(SalesChannel.class)
					: EnumSet.copyOf(salesChannels);
		}
		public @Nullable String getDifficulties() { return difficulties; }
		public void setDifficulties(@Nullable String difficulties) { this.difficulties = difficulties; }
		public @Nullable String getSupportRequests() { return supportRequests; }
		public void setSupportRequests(@Nullable String supportRequests) { this.supportRequests = supportRequests; }
		public @Nullable String getReason() { return reason; }
		public void setReason(@Nullable String reason) { this.reason = reason; }
	}

	private final MonthlyReporting reporting;
	private final ReportExports exports;
	private final MessageSource messages;
	private final Clock clock;
	private final List<ReportFollowUps> followUps;

	ReportWebController(MonthlyReporting reporting, ReportExports exports, MessageSource messages, Clock clock,
			List<ReportFollowUps> followUps) {
		this.followUps = List.copyOf(followUps);
		this.reporting = reporting;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@org.springframework.web.bind.annotation.ModelAttribute("zone")
	java.time.ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/monitoring/reports")
	String index(Authentication authentication) {
		var roles = authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList();
		if (roles.contains("ROLE_PROVINCE_ADMIN")) {
			return "redirect:/monitoring/reports/province";
		}
		if (roles.contains("ROLE_DISTRICT_OFFICER") || roles.contains("ROLE_COMMUNE_OFFICER")) {
			return "redirect:/monitoring/reports/unit";
		}
		return "redirect:/monitoring/reports/mine";
	}

	// ---------------------------------------------------------------- producers

	@GetMapping("/monitoring/reports/mine")
	String mine(Model model) {
		model.addAttribute("mine", reporting.mine());
		model.addAttribute("channels", SalesChannel.values());
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", new ReportForm());
		}
		return "monitoring/reports/mine";
	}

	@PostMapping("/monitoring/reports/mine")
	String submitMine(ReportForm form, RedirectAttributes redirect) {
		try {
			var report = reporting.submit(form.toInput());
			flash(redirect, "monitoring.flash.reported", report.producerName(), report.period());
		}
		catch (BusinessRuleException | NotFoundException e) {
			failed(redirect, e);
			redirect.addFlashAttribute("reportForm", form);
		}
		return "redirect:/monitoring/reports/mine";
	}

	/** An officer reports on a producer's behalf (the same form). */
	@GetMapping("/monitoring/reports/new")
	String onBehalf(@RequestParam UUID producerId, @RequestParam String period, Model model) {
		var row = reporting.status(producerId, period);
		model.addAttribute("row", row);
		model.addAttribute("channels", SalesChannel.values());
		if (!model.containsAttribute("reportForm")) {
			var form = new ReportForm();
			form.setProducerId(producerId);
			form.setPeriod(period);
			model.addAttribute("reportForm", form);
		}
		return "monitoring/reports/new";
	}

	@PostMapping("/monitoring/reports/new")
	String submitOnBehalf(ReportForm form, RedirectAttributes redirect) {
		try {
			var report = reporting.submit(form.toInput());
			flash(redirect, "monitoring.flash.reported", report.producerName(), report.period());
			return "redirect:/monitoring/reports/unit?period=" + report.period();
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
			redirect.addFlashAttribute("reportForm", form);
			return "redirect:" + UriComponentsBuilder.fromPath("/monitoring/reports/new")
					.queryParam("producerId", form.getProducerId()).queryParam("period", form.getPeriod()).build()
					.encode().toUriString();
		}
	}

	@GetMapping("/monitoring/reports/{id}")
	String report(@PathVariable UUID id, Model model, Authentication user) {
		ProducerReportView report = reporting.report(id);
		model.addAttribute("report", report);
		var versions = reporting.versions(report.producerId(), report.period());
		model.addAttribute("versions", versions);
		// what was done about the difficulties (issue 18): support requests and plan tasks that answer any version
		boolean office = has(user, "ROLE_PROVINCE_ADMIN");
		boolean officer = office || has(user, "ROLE_DISTRICT_OFFICER") || has(user, "ROLE_COMMUNE_OFFICER");
		boolean producer = has(user, "ROLE_PRODUCER");
		if (officer || producer) {
			model.addAttribute("followUps", versions.stream().map(ProducerReportView::id).distinct()
					.flatMap(version -> followUps.stream().flatMap(f -> f.followUpsOf(version).stream()))
					.distinct().toList());
			model.addAttribute("mayRequestSupport", true);
			model.addAttribute("mayAssignTask", office);
			String raised = java.util.stream.Stream.of(report.difficulties(), report.supportRequests())
					.filter(t -> t != null && !t.isBlank()).map(String::strip)
					.collect(java.util.stream.Collectors.joining("\n"));
			model.addAttribute("raised", raised.length() > 1000 ? raised.substring(0, 1000) : raised);
		}
		model.addAttribute("channels", SalesChannel.values());
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", ReportForm.of(report));
		}
		return "monitoring/reports/report";
	}

	private static boolean has(@Nullable Authentication user, String authority) {
		return user != null && user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	@PostMapping("/monitoring/reports/{id}/correction")
	String correct(@PathVariable UUID id, ReportForm form, RedirectAttributes redirect) {
		try {
			ProducerReportView current = reporting.report(id);
			form.setProducerId(current.producerId());
			form.setPeriod(current.period());
			var next = reporting.correct(id, form.toInput(), form.getReason());
			flash(redirect, "monitoring.flash.corrected", next.version());
			return "redirect:/monitoring/reports/" + next.id();
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
			redirect.addFlashAttribute("reportForm", form);
			return "redirect:/monitoring/reports/" + id;
		}
	}

	// ---------------------------------------------------------------- helpers

	private void flash(RedirectAttributes redirect, String code, Object... arguments) {
		redirect.addFlashAttribute("monitoringFlash", text(code, arguments));
	}

	private void failed(RedirectAttributes redirect, RuntimeException e) {
		redirect.addFlashAttribute("monitoringError", ReportPages.message(messages, e));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem monitoringReportsNav() {
			return NavigationItem.of("nav.monitoring.reports", "/monitoring/reports", 50, "PROVINCE_ADMIN",
					"DISTRICT_OFFICER", "COMMUNE_OFFICER", "PRODUCER");
		}
	}
}
