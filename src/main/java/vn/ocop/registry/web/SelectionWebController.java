package vn.ocop.registry.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.PhaseSchedule;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;

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

	/** The field the product's selection rule is about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("registry.product.reasonRequired", "reason");

	@GetMapping("/registry/selection")
	String desk(@RequestParam(name = "cycleYear", required = false) @Nullable String cycleYearParameter,
			@RequestParam(name = "page", defaultValue = "0") String pageParameter,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model, HttpServletResponse response) {
		Integer page = parse(pageParameter);
		desk(parse(cycleYearParameter), page == null ? 0 : page, null, model);
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return htmx != null && historyRestore == null ? "registry/selection :: results" : "registry/selection";
	}

	/** The desk of a cycle (the latest open one if none is asked for), with a refused decision's row if any. */
	private void desk(@Nullable Integer requested, int page, @Nullable Row refused, Model model) {
		List<CycleView> cycles = registry.cycles();
		CycleView cycle = cycles.stream().filter(c -> requested != null && c.year() == requested).findFirst()
				.orElseGet(() -> registry.latestOpenCycle().orElse(cycles.isEmpty() ? null : cycles.get(0)));
		model.addAttribute("cycles", cycles);
		model.addAttribute("cycle", cycle);
		model.addAttribute("unknownCycle", requested != null && (cycle == null || cycle.year() != requested));
		if (cycle != null) {
			Page<ProductSummary> products = registry.products(
					new ProductFilter(null, ProductStatus.IDEA_REGISTERED, cycle.year(), null, null, null, null),
					PageRequest.of(Math.max(0, page), PAGE_SIZE));
			var names = support.unitNames();
			model.addAttribute("products", products);
			model.addAttribute("rows", products.getContent().stream()
					.map(p -> refused != null && refused.product().id().equals(p.id()) ? refused
							: new Row(p, names.of(p.unitAt()), support.productSetName(p.productSetCode()),
									registry.maySelect(p.id()), null, null, null))
					.toList());
			model.addAttribute("countdown", Countdown.of(RegistryWebSupport.selectionPhase(cycle).orElse(null), support.today()));
		}
	}

	/**
	 * Selects or rejects one idea: with htmx the row is replaced by its updated version (or by the row with the
	 * error beside the reason), otherwise back to the desk (or the desk again with the row's error).
	 */
	@PostMapping("/registry/selection/{id}")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("selectionForm") SelectionForm form,
			BindingResult binding, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		ProductSummary[] decided = new ProductSummary[1];
		boolean done = support.attempt(binding, redirect,
				form.selects() ? "registry.page.selection.selected" : "registry.page.selection.rejected",
				() -> decided[0] = registry.decideSelection(id, form.selects(), form.getReason()), RULE_FIELDS);
		ProductSummary product = done ? decided[0] : registry.product(id);
		Row row = new Row(product, support.unitName(product.unitAt()),
				support.productSetName(product.productSetCode()), registry.maySelect(id),
				binding.getErrorCount() > binding.getFieldErrorCount("reason") ? rowError(binding) : null,
				binding.hasFieldErrors("reason") ? support.text(binding.getFieldError("reason")) : null, form.getReason());
		if (htmx == null) {
			if (done) {
				return "redirect:/registry/selection" + (form.getCycleYear() == null ? "" : "?cycleYear=" + form.getCycleYear());
			}
			desk(form.getCycleYear() != null ? form.getCycleYear() : Integer.valueOf(product.cycleYear()), 0, row, model);
			return "registry/selection";
		}
		model.addAttribute("row", row);
		model.addAttribute("cycleYear", form.getCycleYear());
		return "registry/selection :: row";
	}

	private String rowError(BindingResult binding) {
		if (binding.hasFieldErrors("decision")) {
			return support.text("registry.page.selection.unknownDecision");
		}
		return support.text(binding.hasGlobalErrors() ? binding.getGlobalErrors().get(0) : binding.getFieldErrors().get(0));
	}

	private static @Nullable Integer parse(@Nullable String number) {
		if (number == null || !number.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(number.strip());
	}
}
