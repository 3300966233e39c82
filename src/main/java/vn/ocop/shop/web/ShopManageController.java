package vn.ocop.shop.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shop.BankAccountView;
import vn.ocop.shop.ListingDetails;
import vn.ocop.shop.OrderStatus;
import vn.ocop.shop.SalesReport;
import vn.ocop.shop.ShopManagement;
import vn.ocop.shop.ShopSales;

/**
 * The producer's selling pages (and the provincial office's, which sees every producer): listings with publish,
 * edit, pause, resume and photos; orders with their legal next steps; the bank account for VietQR; sales by month.
 * The office also has its overview of all orders and sales with the .xlsx export.
 */
@Controller
class ShopManageController {

	private final ShopManagement shop;
	private final ShopSales sales;
	private final SalesWorkbook workbook;
	private final MessageSource messages;

	ShopManageController(ShopManagement shop, ShopSales sales, SalesWorkbook workbook, MessageSource messages) {
		this.shop = shop;
		this.sales = sales;
		this.workbook = workbook;
		this.messages = messages;
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
		return "shop/manage";
	}

	@GetMapping("/shop/manage/orders/{code}")
	String order(@PathVariable String code, Model model) {
		model.addAttribute("order", shop.order(code));
		return "shop/order";
	}

	@PostMapping("/shop/manage/listings")
	String publish(@RequestParam(required = false) @Nullable UUID productId, @RequestParam String title,
			@RequestParam(required = false) @Nullable String variant, @RequestParam String unit,
			@RequestParam(required = false) @Nullable String priceVnd, @RequestParam(required = false) @Nullable String stock,
			@RequestParam(required = false) @Nullable Integer weightGrams,
			@RequestParam(required = false) @Nullable String deliveryArea,
			@RequestParam(required = false) @Nullable Integer leadTimeDays,
			@RequestParam(required = false) @Nullable String description, RedirectAttributes redirect) {
		return attempt(redirect, () -> {
			if (productId == null) {
				throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("field", "productId"),
						"shop.listing.invalid.productId");
			}
			shop.publish(productId, new ListingDetails(title, variant, unit, number(priceVnd), count(stock),
					weightGrams, deliveryArea, leadTimeDays, description));
		});
	}

	@PostMapping("/shop/manage/listings/{id}")
	String update(@PathVariable UUID id, @RequestParam String title, @RequestParam(required = false) @Nullable String variant,
			@RequestParam String unit, @RequestParam(required = false) @Nullable String priceVnd,
			@RequestParam(required = false) @Nullable String stock,
			@RequestParam(required = false) @Nullable Integer weightGrams,
			@RequestParam(required = false) @Nullable String deliveryArea,
			@RequestParam(required = false) @Nullable Integer leadTimeDays,
			@RequestParam(required = false) @Nullable String description, RedirectAttributes redirect) {
		return attempt(redirect, () -> shop.update(id, new ListingDetails(title, variant, unit, number(priceVnd),
				count(stock), weightGrams, deliveryArea, leadTimeDays, description)));
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
	String photo(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		return attempt(redirect, () -> {
			try {
				shop.addPhoto(id, file.getBytes());
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	@PostMapping("/shop/manage/orders/{code}/{action}")
	String act(@PathVariable String code, @PathVariable String action,
			@RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String trackingCode,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		attempt(redirect, () -> {
			switch (action) {
				case "confirm" -> shop.confirm(code);
				case "pack" -> shop.pack(code);
				case "ship" -> shop.ship(code, carrier == null ? "" : carrier, trackingCode == null ? "" : trackingCode);
				case "deliver" -> shop.deliver(code);
				case "cancel" -> shop.cancel(code, reason == null ? "" : reason);
				default -> throw new vn.ocop.shared.NotFoundException("shop.order.notFound", code);
			}
		});
		return "redirect:/shop/manage/orders/" + code;
	}

	@PostMapping("/shop/manage/bank-account/{producerId}")
	String bank(@PathVariable UUID producerId, @RequestParam String bankBin, @RequestParam String accountNumber,
			@RequestParam String accountName, RedirectAttributes redirect) {
		return attempt(redirect, () -> shop.setBankAccount(producerId, new BankAccountView(bankBin, accountNumber, accountName)));
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

	private String attempt(RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("flash", "shop.manage.saved");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("error", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/shop/manage";
	}

	static int count(@Nullable String text) {
		long value = number(text);
		return value > Integer.MAX_VALUE ? -1 : (int) value;
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
