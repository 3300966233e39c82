package vn.ocop.shop.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import jakarta.validation.Valid;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Money;
import vn.ocop.shop.BankAccountView;
import vn.ocop.shop.OrderStatus;
import vn.ocop.shop.SalesReport;
import vn.ocop.shop.ShopManagement;
import vn.ocop.shop.ShopSales;

/**
 * The producer's selling pages (and the provincial office's, which sees every producer): listings with publish,
 * edit, pause, resume and photos; orders with their legal next steps; the bank account for VietQR; sales by month.
 * The office also has its overview of all orders and sales with the .xlsx export. The forms with input are bound
 * and a refused one shows its page again with the errors beside their fields (the listing's, account's or order's
 * own rules name the field).
 */
@Controller
class ShopManageController {

	private final ShopManagement shop;
	private final ShopSales sales;
	private final SalesWorkbook workbook;
	private final ShopForms pages;

	ShopManageController(ShopManagement shop, ShopSales sales, SalesWorkbook workbook, ShopForms pages) {
		this.shop = shop;
		this.sales = sales;
		this.workbook = workbook;
		this.pages = pages;
	}

	@GetMapping("/shop/manage")
	String manage(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable OrderStatus status, Model model) {
		int shown = year == null ? sales.currentYear() : year;
		model.addAttribute("listings", shop.myListings());
		model.addAttribute("products", shop.listableProducts());
		model.addAttribute("orders", shop.myOrders(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OrderStatus.values());
		Map<UUID, String> producers = shop.myProducers();
		model.addAttribute("producers", producers);
		Map<UUID, BankAccountView> accounts = new java.util.LinkedHashMap<>();
		producers.keySet().forEach(id -> shop.bankAccount(id).ifPresent(a -> accounts.put(id, a)));
		model.addAttribute("accounts", accounts);
		model.addAttribute("report", sales.myReport(shown));
		model.addAttribute("year", shown);
		for (var form : Map.of("listingForm", new ListingForm(), "editForm", new ListingForm(), "photoForm",
				new PhotoForm(), "bankForm", new BankForm()).entrySet()) {
			if (!model.containsAttribute(form.getKey())) {
				model.addAttribute(form.getKey(), form.getValue());
			}
		}
		return "shop/manage";
	}

	/**
	 * The producer's page again with the errors of a refused form: which one ({@code form}) and for which listing or
	 * producer ({@code editing}) when the page has one per row.
	 */
	private String manageAgain(String form, @Nullable UUID editing, Model model) {
		model.addAttribute("refusedForm", form);
		model.addAttribute("editing", editing);
		return manage(null, null, model);
	}

	@GetMapping("/shop/manage/orders/{code}")
	String order(@PathVariable String code, Model model) {
		model.addAttribute("order", shop.order(code));
		if (!model.containsAttribute("orderForm")) {
			model.addAttribute("orderForm", new OrderActionForm());
		}
		return "shop/order";
	}

	@PostMapping("/shop/manage/listings")
	String publish(@Valid @ModelAttribute("listingForm") ListingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "shop.manage.saved", () -> {
			if (form.getProductId() == null) {
				throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("field", "productId"),
						"shop.listing.invalid.productId");
			}
			return shop.publish(form.getProductId(), form.details());
		}, ShopForms.RULE_FIELDS)) {
			return "redirect:/shop/manage";
		}
		return manageAgain("listingForm", null, model);
	}

	@PostMapping("/shop/manage/listings/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("editForm") ListingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "shop.manage.saved", () -> shop.update(id, form.details()),
				ShopForms.RULE_FIELDS)) {
			return "redirect:/shop/manage";
		}
		return manageAgain("editForm", id, model);
	}

	@PostMapping("/shop/manage/listings/{id}/pause")
	String pause(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(redirect, () -> shop.pause(id));
	}

	@PostMapping("/shop/manage/listings/{id}/resume")
	String resume(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(redirect, () -> shop.resume(id));
	}

	@PostMapping("/shop/manage/listings/{id}/photos")
	String photo(@PathVariable UUID id, @Valid @ModelAttribute("photoForm") PhotoForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		var file = form.getFile();
		if (pages.attempt(binding, redirect, "shop.manage.saved", () -> {
			try {
				return shop.addPhoto(id, file == null ? new byte[0] : file.getBytes());
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}, ShopForms.RULE_FIELDS)) {
			return "redirect:/shop/manage";
		}
		return manageAgain("photoForm", id, model);
	}

	@PostMapping("/shop/manage/orders/{code}/{action}")
	String act(@PathVariable String code, @PathVariable String action,
			@Valid @ModelAttribute("orderForm") OrderActionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "shop.manage.saved", () -> switch (action) {
			case "confirm" -> shop.confirm(code);
			case "pack" -> shop.pack(code);
			case "ship" -> shop.ship(code, form.getCarrier(), form.getTrackingCode());
			case "deliver" -> shop.deliver(code);
			case "cancel" -> shop.cancel(code, form.getReason());
			default -> throw new vn.ocop.shared.NotFoundException("shop.order.notFound", code);
		}, ShopForms.RULE_FIELDS)) {
			return "redirect:/shop/manage/orders/" + code;
		}
		return order(code, model);
	}

	@PostMapping("/shop/manage/bank-account/{producerId}")
	String bank(@PathVariable UUID producerId, @Valid @ModelAttribute("bankForm") BankForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "shop.manage.saved",
				() -> shop.setBankAccount(producerId, form.account()), ShopForms.RULE_FIELDS)) {
			return "redirect:/shop/manage";
		}
		return manageAgain("bankForm", producerId, model);
	}

	@GetMapping("/shop/office")
	String office(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable OrderStatus status, Model model) {
		int shown = year == null ? sales.currentYear() : year;
		SalesReport report = sales.officeReport(shown);
		model.addAttribute("report", report);
		model.addAttribute("year", shown);
		model.addAttribute("orders", shop.myOrders(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OrderStatus.values());
		return "shop/office";
	}

	@GetMapping("/shop/office/sales.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer year) throws IOException {
		SalesReport report = sales.officeReport(year == null ? sales.currentYear() : year);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("doanh-so-ocop-" + report.year() + ".xlsx").build().toString())
				.body(workbook.write(report));
	}

	/** Pausing and resuming take no input: a refusal is flashed above the page. */
	private String attempt(RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("flash", "shop.manage.saved");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("error", pages.text(e.messageCode(), e.arguments()));
		}
		return "redirect:/shop/manage";
	}

	static int count(@Nullable String text) {
		long value = number(text);
		return value > Integer.MAX_VALUE ? -1 : (int) value;
	}

	/** A price as typed ({@link Money#parse}): with or without thousands separators and ₫; -1 when it is not one. */
	static long price(@Nullable String text) {
		try {
			Money price = Money.parse(text);
			return price == null ? -1 : price.dong();
		}
		catch (IllegalArgumentException e) {
			return -1;
		}
	}

	/** A whole number as typed, with or without thousands separators; -1 when it is not one (the rules say which field). */
	static long number(@Nullable String text) {
		if (text == null) {
			return -1;
		}
		String digits = text.strip().replace(".", "").replace(",", "").replace(" ", "").replace("₫", "");
		try {
			return digits.isEmpty() ? -1 : Long.parseLong(digits);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

}
