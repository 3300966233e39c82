package vn.ocop.support.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.support.FundingSource;
import vn.ocop.support.RequestStatus;
import vn.ocop.support.SupportCatalogue;
import vn.ocop.support.SupportCategory;
import vn.ocop.support.SupportItemView;
import vn.ocop.support.SupportManagement;
import vn.ocop.support.SupportRequestView;

/**
 * The support pages: the requests the user may see, a request with its timeline and the step the user may take, the
 * application form, and the office's support items. Each form is bound and checked (every error at once beside its
 * field, the request's and the item's own rules beside the field they are about).
 */
@Controller
class SupportWebController {

	/** The fields the requests' and the items' own rules are about. */
	private static final Map<String, String> REQUEST_RULE_FIELDS = Map.ofEntries(
			Map.entry("support.request.overCeiling", "requestedAmount"),
			Map.entry("support.request.overCost", "requestedAmount"),
			Map.entry("support.request.notEligible", "itemId"), Map.entry("support.item.inactive", "itemId"));

	private static final Map<String, String> CHECK_RULE_FIELDS = Map.of("support.request.reason.required", "note");

	private static final Map<String, String> APPROVAL_RULE_FIELDS = Map.of("support.request.overRequested", "amount",
			"support.budget.exhausted", "amount", "support.date.future", "decidedOn");

	private static final Map<String, String> REFUSAL_RULE_FIELDS = Map.of("support.request.reason.required", "reason",
			"support.date.future", "decidedOn");

	private static final Map<String, String> DISBURSEMENT_RULE_FIELDS = Map.of("support.disbursement.overApproved",
			"amount", "support.disbursement.overCommitted", "amount", "support.amount.positive", "amount",
			"support.date.future", "paidOn");

	private static final Map<String, String> RESULT_RULE_FIELDS = Map.of("support.date.future", "on");

	private static final Map<String, String> ITEM_RULE_FIELDS = Map.of("support.item.code.taken", "code",
			"support.item.ceiling.required", "ceilingAmount", "support.item.ceiling.invalid", "ceilingAmount",
			"support.item.share.invalid", "ceilingShare");

	private final SupportManagement support;
	private final SupportCatalogue catalogue;
	private final RegistryManagement registry;
	private final SupportPages pages;
	private final Clock clock;

	SupportWebController(SupportManagement support, SupportCatalogue catalogue, RegistryManagement registry,
			SupportPages pages, Clock clock) {
		this.support = support;
		this.catalogue = catalogue;
		this.registry = registry;
		this.pages = pages;
		this.clock = clock;
	}

	@InitBinder({ "requestForm", "approvalForm", "disbursementForm", "itemForm" })
	void amounts(WebDataBinder binder) {
		SupportPages.amounts(binder);
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/support")
	String requests(@RequestParam(required = false) @Nullable RequestStatus status, Model model) {
		model.addAttribute("requests", support.requests(status));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("status", status);
		return "support/requests";
	}

	@GetMapping("/support/requests/new")
	String newRequest(@RequestParam(required = false) @Nullable UUID productId,
			@RequestParam(required = false) @Nullable UUID reportId,
			@RequestParam(required = false) @Nullable String reportMonth,
			@RequestParam(required = false) @Nullable String purpose, Model model) {
		var form = new RequestForm();
		form.setProductId(productId);
		form.setReportId(reportId);
		form.setReportMonth(reportMonth);
		form.setPurpose(purpose);
		model.addAttribute("requestForm", form);
		return newRequestPage(model);
	}

	private String newRequestPage(Model model) {
		model.addAttribute("items", catalogue.items().stream().filter(SupportItemView::active).toList());
		model.addAttribute("products", products());
		return "support/request-new";
	}

	private List<ProductSummary> products() {
		return registry.allProducts(ProductFilter.none(), 1000);
	}

	@PostMapping("/support/requests")
	String apply(@Valid @ModelAttribute("requestForm") RequestForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		SupportRequestView[] created = new SupportRequestView[1];
		if (pages.attempt(binding, redirect, "support.flash.applied",
				() -> created[0] = support.apply(form.application(), form.month()), REQUEST_RULE_FIELDS)) {
			return "redirect:/support/requests/" + created[0].id();
		}
		return newRequestPage(model);
	}

	@GetMapping("/support/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		return requestPage(id, model);
	}

	private String requestPage(UUID id, Model model) {
		var request = support.request(id);
		var today = pages.today();
		model.addAttribute("request", request);
		model.addAttribute("mayCheck", support.mayCheck(id));
		model.addAttribute("today", today);
		if (!model.containsAttribute("checkForm")) {
			model.addAttribute("checkForm", new CheckForm());
		}
		if (!model.containsAttribute("approvalForm")) {
			var approval = new ApprovalForm();
			approval.setAmount(request.requestedAmount());
			approval.setDecidedOn(today);
			model.addAttribute("approvalForm", approval);
		}
		if (!model.containsAttribute("refusalForm")) {
			model.addAttribute("refusalForm", new RefusalForm());
		}
		if (!model.containsAttribute("disbursementForm")) {
			var disbursement = new DisbursementForm();
			disbursement.setAmount(request.approvedAmount());
			disbursement.setPaidOn(today);
			model.addAttribute("disbursementForm", disbursement);
		}
		if (!model.containsAttribute("resultForm")) {
			var result = new ResultForm();
			result.setOn(today);
			model.addAttribute("resultForm", result);
		}
		return "support/request";
	}

	@PostMapping("/support/requests/{id}/check")
	String check(@PathVariable UUID id, @Valid @ModelAttribute("checkForm") CheckForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return step(id, binding, model, redirect, "support.flash.checked",
				() -> support.check(id, form.isEndorsed(), form.getNote()), CHECK_RULE_FIELDS);
	}

	@PostMapping("/support/requests/{id}/approval")
	String approve(@PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return step(id, binding, model, redirect, "support.flash.approved", () -> support.approve(id, form.getAmount(),
				form.getDecisionNumber().strip(), form.getDecidedOn(), null, form.getNote()), APPROVAL_RULE_FIELDS);
	}

	@PostMapping("/support/requests/{id}/refusal")
	String refuse(@PathVariable UUID id, @Valid @ModelAttribute("refusalForm") RefusalForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return step(id, binding, model, redirect, "support.flash.refused", () -> support.refuse(id,
				form.getReason().strip(), form.getDecisionNumber(), form.getDecidedOn()), REFUSAL_RULE_FIELDS);
	}

	@PostMapping("/support/requests/{id}/disbursement")
	String disburse(@PathVariable UUID id, @Valid @ModelAttribute("disbursementForm") DisbursementForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return step(id, binding, model, redirect, "support.flash.disbursed",
				() -> support.disburse(id, Objects.requireNonNull(form.getAmount()), form.getPaidOn()),
				DISBURSEMENT_RULE_FIELDS);
	}

	@PostMapping("/support/requests/{id}/result")
	String result(@PathVariable UUID id, @Valid @ModelAttribute("resultForm") ResultForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return step(id, binding, model, redirect, "support.flash.reported",
				() -> support.report(id, form.getNote().strip(), form.getReference(), form.getOn()), RESULT_RULE_FIELDS);
	}

	/** Takes a step on a request; a refusal shows the request again with the errors beside the step's fields. */
	private String step(UUID id, BindingResult binding, Model model, RedirectAttributes redirect, String successCode,
			java.util.function.Supplier<?> change, Map<String, String> ruleFields) {
		if (pages.attempt(binding, redirect, successCode, change, ruleFields)) {
			return "redirect:/support/requests/" + id;
		}
		return requestPage(id, model);
	}

	// ---------------------------------------------------------------- items

	@GetMapping("/support/items")
	String items(Model model) {
		return itemsPage(model);
	}

	private String itemsPage(Model model) {
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new ItemForm());
		}
		model.addAttribute("items", catalogue.items());
		return itemChoices(model, "support/items");
	}

	private String itemChoices(Model model, String view) {
		model.addAttribute("categories", SupportCategory.values());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("legalForms", LegalForm.values());
		return view;
	}

	@GetMapping("/support/items/{id}/edit")
	String editItem(@PathVariable UUID id, Model model) {
		var item = catalogue.item(id);
		model.addAttribute("itemForm", ItemForm.of(item));
		return editItemPage(item, model);
	}

	private String editItemPage(SupportItemView item, Model model) {
		model.addAttribute("item", item);
		return itemChoices(model, "support/item-edit");
	}

	@PostMapping("/support/items")
	String createItem(@Valid @ModelAttribute("itemForm") ItemForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "support.flash.itemSaved", () -> catalogue.createItem(form.details()),
				ITEM_RULE_FIELDS)) {
			return "redirect:/support/items";
		}
		return itemsPage(model);
	}

	@PostMapping("/support/items/{id}")
	String updateItem(@PathVariable UUID id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "support.flash.itemSaved", () -> catalogue.updateItem(id, form.details()),
				ITEM_RULE_FIELDS)) {
			return "redirect:/support/items";
		}
		return editItemPage(catalogue.item(id), model);
	}

	@PostMapping("/support/items/{id}/active")
	String activate(@PathVariable UUID id, @Valid @ModelAttribute("activeForm") ActiveForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "support.flash.itemSaved",
				() -> catalogue.activateItem(id, form.isActive()), Map.of())) {
			return "redirect:/support/items";
		}
		model.addAttribute("activeFor", id);
		return itemsPage(model);
	}
}
