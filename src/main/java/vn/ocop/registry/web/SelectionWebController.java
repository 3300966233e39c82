package vn.ocop.registry.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.PhaseSchedule;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * The selection desk of the district (from July 2025: the commune) and the provincial office: the registered
 * ideas of a cycle waiting for a decision, each selected or rejected in place, under the countdown to the
 * selection deadline.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
class SelectionWebController {

	static final int PAGE_SIZE = 50;

	/** One registered idea on the desk; {@code error} and {@code reason} after a refused decision. */
	record Row(ProductSummary product, String unitName, String productSetName, boolean maySelect,
			@Nullable String error, @Nullable String reasonError, @Nullable String reason) {
	}

	/**
	 * Where today stands against the selection phase: {@code NONE} (no schedule), {@code UPCOMING},
	 * {@code RUNNING}, {@code LAST_DAY} or {@code OVERDUE}, with the days left or past.
	 */
	record Countdown(String kind, long days, @Nullable LocalDate startsOn, @Nullable LocalDate deadline) {

		static Countdown of(@Nullable PhaseSchedule selection, LocalDate today) {
			if (selection == null) {
				return new Countdown("NONE", 0, null, null);
			}
			if (today.isBefore(selection.startsOn())) {
				return new Countdown("UPCOMING", ChronoUnit.DAYS.between(today, selection.startsOn()),
						selection.startsOn(), selection.deadline());
			}
			long left = ChronoUnit.DAYS.between(today, selection.deadline());
			if (left > 0) {
				return new Countdown("RUNNING", left, selection.startsOn(), selection.deadline());
			}
			return left == 0 ? new Countdown("LAST_DAY", 0, selection.startsOn(), selection.deadline())
					: new Countdown("OVERDUE", -left, selection.startsOn(), selection.deadline());
		}

		public String alertClass() {
			switch (kind) {
				case "OVERDUE":
					return "alert-danger";
				case "LAST_DAY":
					return "alert-warning";
				case "RUNNING":
					return days <= 7 ? "alert-warning" : "alert-info";
				default:
					return "alert-secondary";
			}
		}
	}

	private final RegistryManagement registry;
	private final RegistryWebSupport support;

	SelectionWebController(RegistryManagement registry, RegistryWebSupport support) {
		this.registry = registry;
		this.support = support;
	}

	@GetMapping("/registry/selection")
	String desk(@RequestParam(name = "cycleYear", required = false) @Nullable String cycleYearParameter,
			@RequestParam(name = "page", defaultValue = "0") String pageParameter,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model, HttpServletResponse response) {
		List<CycleView> cycles = registry.cycles();
		Integer requested = parse(cycleYearParameter);
		CycleView cycle = cycles.stream().filter(c -> requested != null && c.year() == requested).findFirst()
				.orElseGet(() -> registry.latestOpenCycle().orElse(cycles.isEmpty() ? null : cycles.get(0)));
		int page = Math.max(0, parse(pageParameter) == null ? 0 : parse(pageParameter));
		model.addAttribute("cycles", cycles);
		model.addAttribute("cycle", cycle);
		model.addAttribute("unknownCycle", requested != null && (cycle == null || cycle.year() != requested));
		if (cycle != null) {
			Page<ProductSummary> products = registry.products(
					new ProductFilter(null, ProductStatus.IDEA_REGISTERED, cycle.year(), null, null, null, null),
					PageRequest.of(page, PAGE_SIZE));
			var names = support.unitNames();
			model.addAttribute("products", products);
			model.addAttribute("rows", products.getContent().stream()
					.map(p -> new Row(p, names.of(p.communeCode(), p.unitDate()), support.productSetName(p.productSetCode()),
							registry.maySelect(p.id()), null, null, null))
					.toList());
			model.addAttribute("countdown", Countdown.of(RegistryWebSupport.selectionPhase(cycle).orElse(null), support.today()));
		}
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return htmx != null && historyRestore == null ? "registry/selection :: results" : "registry/selection";
	}

	/**
	 * Selects or rejects one idea: with htmx the row is replaced by its updated version (or by the row with the
	 * error), otherwise back to the desk.
	 */
	@PostMapping("/registry/selection/{id}")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Integer cycleYear,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		String error = null;
		String reasonError = null;
		ProductSummary product;
		if (!decision.equals("select") && !decision.equals("reject")) {
			error = support.text("registry.page.selection.unknownDecision");
			product = registry.product(id);
		}
		else {
			try {
				product = registry.decideSelection(id, decision.equals("select"), reason);
			}
			catch (BusinessRuleException e) {
				if (e.messageCode().equals("registry.product.reasonRequired")) {
					reasonError = support.message(e);
				}
				else {
					error = support.message(e);
				}
				product = registry.product(id);
			}
		}
		if (htmx == null) {
			if (error != null || reasonError != null) {
				redirect.addFlashAttribute("actionError", support.text("registry.page.selection.refused", product.name(),
						error != null ? error : reasonError));
			}
			else {
				redirect.addFlashAttribute("flash", decision.equals("select") ? "registry.page.selection.selected"
						: "registry.page.selection.rejected");
			}
			return "redirect:/registry/selection" + (cycleYear == null ? "" : "?cycleYear=" + cycleYear);
		}
		model.addAttribute("row", new Row(product, support.unitName(product.communeCode(), product.unitDate()),
				support.productSetName(product.productSetCode()), registry.maySelect(id), error, reasonError, reason));
		model.addAttribute("cycleYear", cycleYear);
		return "registry/selection :: row";
	}

	private static @Nullable Integer parse(@Nullable String number) {
		if (number == null || !number.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(number.strip());
	}
}
