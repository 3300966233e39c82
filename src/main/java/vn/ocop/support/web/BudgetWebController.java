package vn.ocop.support.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.support.BudgetManagement;
import vn.ocop.support.BudgetRollup;
import vn.ocop.support.FundingSource;

/**
 * The budget page: the year's lines with allocated, committed, disbursed and remaining amounts, the roll-ups by
 * activity, source, district and product group, allocation and contracts (office), and the .xlsx export. Each
 * form is bound and checked (every error at once beside its field; a contract's on its line's row).
 */
@Controller
class BudgetWebController {

	/** The fields the budget's own rules are about. */
	private static final Map<String, String> ALLOCATION_RULE_FIELDS = Map.of("support.budget.noActivity",
			"activityNumber", "support.budget.allocated.invalid", "allocated", "support.budget.belowCommitted",
			"allocated");

	private static final Map<String, String> CONTRACT_RULE_FIELDS = Map.of("support.budget.exhausted", "amount",
			"support.amount.positive", "amount");

	private final BudgetManagement budgets;
	private final BudgetWorkbook workbook;
	private final SupportPages pages;

	BudgetWebController(BudgetManagement budgets, BudgetWorkbook workbook, SupportPages pages) {
		this.budgets = budgets;
		this.workbook = workbook;
		this.pages = pages;
	}

	@InitBinder({ "allocationForm", "contractForm" })
	void amounts(WebDataBinder binder) {
		SupportPages.amounts(binder);
	}

	@GetMapping("/support/budgets")
	String budgets(@RequestParam(required = false) @Nullable Integer year, Model model) {
		return budgetsPage(year == null ? pages.today().getYear() : year, model);
	}

	private String budgetsPage(int shown, Model model) {
		model.addAttribute("year", shown);
		var rollup = budgets.rollup(shown);
		model.addAttribute("rollup", rollup);
		var views = new LinkedHashMap<String, List<BudgetRollup.Row>>();
		views.put("byActivity", rollup.byActivity());
		views.put("bySource", rollup.bySource());
		views.put("byArea", rollup.byArea());
		views.put("byGroup", rollup.byGroup());
		model.addAttribute("views", views);
		model.addAttribute("sources", FundingSource.values());
		if (!model.containsAttribute("allocationForm")) {
			model.addAttribute("allocationForm", new AllocationForm());
		}
		if (!model.containsAttribute("contractForm")) {
			model.addAttribute("contractForm", new ContractForm());
		}
		return "support/budgets";
	}

	@GetMapping("/support/budgets/{year}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable int year) throws java.io.IOException {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kinh-phi-ocop-" + year + ".xlsx\"")
				.contentType(BudgetWorkbook.XLSX).body(workbook.write(budgets.rollup(year)));
	}

	@PostMapping("/support/budgets/{year}/lines")
	String allocate(@PathVariable int year, @Valid @ModelAttribute("allocationForm") AllocationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "support.flash.allocated",
				() -> budgets.allocate(year, Objects.requireNonNull(form.getActivityNumber()), form.getSource(),
						form.getAllocated(), form.getNote()),
				ALLOCATION_RULE_FIELDS)) {
			return "redirect:/support/budgets?year=" + year;
		}
		return budgetsPage(year, model);
	}

	/** A contract committed on a line; a refusal is shown on the line's row. */
	@PostMapping("/support/budgets/lines/{id}/contracts")
	String contract(@PathVariable UUID id, @Valid @ModelAttribute("contractForm") ContractForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		int year = form.getYear() == null ? pages.today().getYear() : form.getYear();
		if (pages.attempt(binding, redirect, "support.flash.contracted", () -> budgets.contract(id,
				form.getDescription().strip(), Objects.requireNonNull(form.getAmount()), null, null, null),
				CONTRACT_RULE_FIELDS)) {
			return "redirect:/support/budgets?year=" + year;
		}
		model.addAttribute("contractFor", id);
		return budgetsPage(year, model);
	}
}
