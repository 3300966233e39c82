package vn.ocop.reporting.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.reporting.ReportExports;
import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.reporting.NewProducerReport;
import vn.ocop.reporting.ProducerReportView;
import vn.ocop.reporting.SalesChannel;
import vn.ocop.shared.ReportFollowUps;
import vn.ocop.shared.web.NavigationItem;

/**
 * The producers' monthly report screens: a producer's phone-friendly form for the month due and its earlier reports
 * (with corrections), an officer reporting on a producer's behalf, one report with its versions. Each form is bound
 * and checked; a refused one is shown again with every error beside its field. The units' and the
 * province's screens are {@link UnitReportWebController}'s.
 */
@Controller
class ReportWebController {

	/**
	 * The producer's report form (also used for corrections and by officers on a producer's behalf): the figures are
	 * required, not negative, the volume with at most two decimals; the period and the reason are the report's own
	 * rules.
	 */
	static class ReportForm {
		private @Nullable UUID producerId;
		private @Nullable String period;
		@NotNull
		@DecimalMin("0")
		@Digits(integer = 15, fraction = 2)
		private @Nullable BigDecimal productionVolume;
		@NotNull
		@Min(0)
		private @Nullable Long revenueVnd;
		@NotNull
		@Min(0)
		@Max(1_000_000)
		private @Nullable Integer workers;
		private Set<SalesChannel> salesChannels = EnumSet.noneOf(SalesChannel.class);
		@Size(max = 2000)
		private @Nullable String difficulties;
		@Size(max = 2000)
		private @Nullable String supportRequests;
		@Size(max = 1000)
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
	private final ReportForms forms;
	private final List<ReportFollowUps> followUps;

	ReportWebController(MonthlyReporting reporting, ReportExports exports, ReportForms forms,
			List<ReportFollowUps> followUps) {
		this.followUps = List.copyOf(followUps);
		this.reporting = reporting;
		this.exports = exports;
		this.forms = forms;
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
	String submitMine(@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (forms.submit(binding, redirect, "monitoring.flash.reported", () -> reporting.submit(form.toInput()),
				report -> new Object[] { report.producerName(), report.period() })) {
			return "redirect:/monitoring/reports/mine";
		}
		return mine(model);
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
	String submitOnBehalf(@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ProducerReportView[] done = new ProducerReportView[1];
		if (forms.submit(binding, redirect, "monitoring.flash.reported", () -> done[0] = reporting.submit(form.toInput()),
				report -> new Object[] { report.producerName(), report.period() })) {
			return "redirect:/monitoring/reports/unit?period=" + done[0].period();
		}
		return onBehalf(Objects.requireNonNull(form.getProducerId()), Objects.requireNonNull(form.getPeriod()), model);
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
	String correct(@PathVariable UUID id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			Model model, Authentication user, RedirectAttributes redirect) {
		ProducerReportView current = reporting.report(id);
		form.setProducerId(current.producerId());
		form.setPeriod(current.period());
		ProducerReportView[] next = new ProducerReportView[1];
		if (forms.submit(binding, redirect, "monitoring.flash.corrected",
				() -> next[0] = reporting.correct(id, form.toInput(), form.getReason()),
				report -> new Object[] { report.version() })) {
			return "redirect:/monitoring/reports/" + next[0].id();
		}
		return report(id, model, user);
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
