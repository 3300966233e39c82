package vn.ocop.support.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.support.FundingSource;
import vn.ocop.support.RequestStatus;
import vn.ocop.support.SupportApplication;
import vn.ocop.support.SupportCategory;
import vn.ocop.support.SupportItemDetails;
import vn.ocop.support.SupportItemView;
import vn.ocop.support.SupportCatalogue;
import vn.ocop.support.SupportManagement;
import vn.ocop.support.SupportRequestView;

/**
 * The support pages: the requests the user may see, a request with its timeline and the step the user may take, the
 * application form, and the office's support items.
 */
@Controller
class SupportWebController {

	private final SupportManagement support;
	private final SupportCatalogue catalogue;
	private final RegistryManagement registry;
	private final SupportForms forms;
	private final Clock clock;

	SupportWebController(SupportManagement support, SupportCatalogue catalogue, RegistryManagement registry,
			SupportForms forms, Clock clock) {
		this.support = support;
		this.catalogue = catalogue;
		this.registry = registry;
		this.forms = forms;
		this.clock = clock;
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
		model.addAttribute("items", catalogue.items().stream().filter(SupportItemView::active).toList());
		model.addAttribute("products", products());
		model.addAttribute("productId", productId);
		model.addAttribute("reportId", reportId);
		model.addAttribute("reportMonth", reportMonth);
		model.addAttribute("purpose", purpose);
		return "support/request-new";
	}

	private List<ProductSummary> products() {
		return registry.allProducts(ProductFilter.none(), 1000);
	}

	@PostMapping("/support/requests")
	String apply(@RequestParam(required = false) @Nullable String itemId,
			@RequestParam(required = false) @Nullable String productId,
			@RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String costEstimate,
			@RequestParam(required = false) @Nullable String requestedAmount,
			@RequestParam(required = false) @Nullable String reportId,
			@RequestParam(required = false) @Nullable String reportMonth, RedirectAttributes redirect) {
		SupportRequestView[] created = new SupportRequestView[1];
		boolean ok = forms.attempt(redirect, "support.flash.applied", () -> created[0] = support.apply(
				new SupportApplication(forms.id(itemId, "item"), forms.id(productId, "product"),
						forms.required(purpose, "purpose"), forms.amount(costEstimate, "costEstimate", true),
						forms.amount(requestedAmount, "requestedAmount", true),
						reportId == null || reportId.isBlank() ? null : forms.id(reportId, "report")),
				reportMonth == null || reportMonth.isBlank() ? null : reportMonth.strip()));
		if (ok) {
			return "redirect:/support/requests/" + created[0].id();
		}
		redirect.addFlashAttribute("form", new String[] { itemId, productId, purpose, costEstimate, requestedAmount });
		return "redirect:/support/requests/new" + (productId == null || productId.isBlank() ? "" : "?productId=" + productId)
				+ (reportId == null || reportId.isBlank() ? "" : (productId == null || productId.isBlank() ? "?" : "&")
						+ "reportId=" + reportId);
	}

	@GetMapping("/support/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		model.addAttribute("request", support.request(id));
		model.addAttribute("mayCheck", support.mayCheck(id));
		model.addAttribute("today", LocalDate.now(clock));
		return "support/request";
	}

	@PostMapping("/support/requests/{id}/check")
	String check(@PathVariable UUID id, @RequestParam(required = false) @Nullable String endorsed,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.checked", () -> support.check(id, "true".equals(endorsed), note));
		return "redirect:/support/requests/" + id;
	}

	@PostMapping("/support/requests/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @Nullable String decidedOn,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.approved", () -> support.approve(id, forms.amount(amount, "amount", false),
				forms.required(decisionNumber, "decisionNumber"), forms.date(decidedOn, "decidedOn"), null, note));
		return "redirect:/support/requests/" + id;
	}

	@PostMapping("/support/requests/{id}/refusal")
	String refuse(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @Nullable String decidedOn, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.refused", () -> support.refuse(id, forms.required(reason, "reason"),
				decisionNumber, forms.date(decidedOn, "decidedOn")));
		return "redirect:/support/requests/" + id;
	}

	@PostMapping("/support/requests/{id}/disbursement")
	String disburse(@PathVariable UUID id, @RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String paidOn, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.disbursed", () -> support.disburse(id, forms.amount(amount, "amount", true),
				forms.date(paidOn, "paidOn")));
		return "redirect:/support/requests/" + id;
	}

	@PostMapping("/support/requests/{id}/result")
	String result(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String reference,
			@RequestParam(required = false) @Nullable String on, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.reported", () -> support.report(id, forms.required(note, "resultNote"),
				reference, forms.date(on, "resultOn")));
		return "redirect:/support/requests/" + id;
	}

	// ---------------------------------------------------------------- items

	@GetMapping("/support/items")
	String items(Model model) {
		model.addAttribute("items", catalogue.items());
		model.addAttribute("categories", SupportCategory.values());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("legalForms", LegalForm.values());
		return "support/items";
	}

	@GetMapping("/support/items/{id}/edit")
	String editItem(@PathVariable UUID id, Model model) {
		model.addAttribute("item", catalogue.item(id));
		model.addAttribute("categories", SupportCategory.values());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("legalForms", LegalForm.values());
		return "support/item-edit";
	}

	/** The fields of the support item form, as typed. */
	record ItemForm(@Nullable String code, @Nullable String name, @Nullable String category,
			@Nullable String legalBasis, @Nullable List<String> eligibleForms, @Nullable String eligibilityNote,
			@Nullable String ceilingAmount, @Nullable String ceilingShare, @Nullable String fundingSource,
			@Nullable String activityNumber) {

		SupportItemDetails details(SupportForms forms) {
			Set<LegalForm> legal = EnumSet.noneOf(LegalForm.class);
			if (eligibleForms != null) {
				eligibleForms.stream().filter(f -> f != null && !f.isBlank())
						.forEach(f -> legal.add(forms.choice(LegalForm.class, f, "eligibleForms")));
			}
			return new SupportItemDetails(forms.required(code, "code"), forms.required(name, "name"),
					forms.choice(SupportCategory.class, category, "category"), forms.required(legalBasis, "legalBasis"),
					legal, eligibilityNote, forms.amount(ceilingAmount, "ceilingAmount", false),
					forms.integer(ceilingShare, "ceilingShare"), forms.choice(FundingSource.class, fundingSource, "fundingSource"),
					forms.integer(activityNumber, "activityNumber"));
		}
	}

	@PostMapping("/support/items")
	String createItem(ItemForm form, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.itemSaved", () -> catalogue.createItem(form.details(forms)));
		return "redirect:/support/items";
	}

	@PostMapping("/support/items/{id}")
	String updateItem(@PathVariable UUID id, ItemForm form, RedirectAttributes redirect) {
		if (forms.attempt(redirect, "support.flash.itemSaved", () -> catalogue.updateItem(id, form.details(forms)))) {
			return "redirect:/support/items";
		}
		return "redirect:/support/items/" + id + "/edit";
	}

	@PostMapping("/support/items/{id}/active")
	String activate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String active,
			RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.itemSaved", () -> catalogue.activateItem(id, "true".equals(active)));
		return "redirect:/support/items";
	}
}
