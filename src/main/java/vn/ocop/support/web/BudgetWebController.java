package vn.ocop.support.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.support.BudgetManagement;
import vn.ocop.support.FundingSource;

/**
 * The budget page: the year's lines with allocated, committed, disbursed and remaining amounts, the roll-ups by
 * activity, source, district and product group, allocation and contracts (office), and the .xlsx export.
 */
@Controller
class BudgetWebController {

	private final BudgetManagement budgets;
	private final BudgetWorkbook workbook;
	private final SupportForms forms;
	private final Clock clock;

	BudgetWebController(BudgetManagement budgets, BudgetWorkbook workbook, SupportForms forms, Clock clock) {
		this.budgets = budgets;
		this.workbook = workbook;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/support/budgets")
	String budgets(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		var rollup = budgets.rollup(shown);
		model.addAttribute("rollup", rollup);
		var views = new java.util.LinkedHashMap<String, java.util.List<vn.ocop.support.BudgetRollup.Row>>();
		views.put("byActivity", rollup.byActivity());
		views.put("bySource", rollup.bySource());
		views.put("byArea", rollup.byArea());
		views.put("byGroup", rollup.byGroup());
		model.addAttribute("views", views);
		model.addAttribute("sources", FundingSource.values());
		return "support/budgets";
	}

	@GetMapping("/support/budgets/{year}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable int year) throws java.io.IOException {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kinh-phi-ocop-" + year + ".xlsx\"")
				.contentType(BudgetWorkbook.XLSX).body(workbook.write(budgets.rollup(year)));
	}

	@PostMapping("/support/budgets/{year}/lines")
	String allocate(@PathVariable int year, @RequestParam(required = false) @Nullable String activityNumber,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String allocated,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.allocated", () -> {
			Integer activity = forms.integer(forms.required(activityNumber, "activityNumber"), "activityNumber");
			return budgets.allocate(year, activity, forms.choice(FundingSource.class, source, "source"),
					forms.amount(allocated, "allocated", true), note);
		});
		return "redirect:/support/budgets?year=" + year;
	}

	@PostMapping("/support/budgets/lines/{id}/contracts")
	String contract(@PathVariable UUID id, @RequestParam int year,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String amount, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.contracted", () -> budgets.contract(id,
				forms.required(description, "description"), forms.amount(amount, "amount", true), null, null, null));
		return "redirect:/support/budgets?year=" + year;
	}
}
