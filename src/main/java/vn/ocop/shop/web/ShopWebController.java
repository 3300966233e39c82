package vn.ocop.shop.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.document.QrCodes;
import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.PublicPaths;
import vn.ocop.shared.web.RenderedFragments;
import vn.ocop.shop.CheckoutRequest;
import vn.ocop.shop.CheckoutView;
import vn.ocop.shop.ListingView;
import vn.ocop.shop.OrderView;
import vn.ocop.shop.PaymentMethod;
import vn.ocop.shop.ShopManagement;

/**
 * The public shop: the catalogue of listings on sale, a listing, the cart (kept in the browser, priced by the
 * server), checkout without an account, the confirmation with the VietQR codes, and tracking by code and phone.
 */
@Controller
class ShopWebController {

	static final String HOME_PROVINCE = "42";
	private static final String SESSION_CHECKOUTS = "shop.checkouts";

	/** The checkout form; {@code items} is the cart as {@code listingId:quantity,...} filled in by the browser. */
	static class CheckoutForm {

		private String name = "";
		private String phone = "";
		private String email = "";
		private String address = "";
		private String provinceCode = HOME_PROVINCE;
		private String communeCode = "";
		private PaymentMethod paymentMethod = PaymentMethod.COD;
		private String items = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getProvinceCode() {
			return provinceCode;
		}

		public void setProvinceCode(String provinceCode) {
			this.provinceCode = provinceCode;
		}

		public String getCommuneCode() {
			return communeCode;
		}

		public void setCommuneCode(String communeCode) {
			this.communeCode = communeCode;
		}

		public PaymentMethod getPaymentMethod() {
			return paymentMethod;
		}

		public void setPaymentMethod(PaymentMethod paymentMethod) {
			this.paymentMethod = paymentMethod;
		}

		public String getItems() {
			return items;
		}

		public void setItems(String items) {
			this.items = items;
		}

		/**
		 * The buyer's fields as the checkout's rules name them ({@code buyer.name}, {@code buyer.phone}...), for
		 * marking them on this form whose parameters are the plain names.
		 */
		public Buyer getBuyer() {
			return new Buyer();
		}

		/** The buyer's fields of the form, read only. */
		public final class Buyer {

			public String getName() {
				return name;
			}

			public String getPhone() {
				return phone;
			}

			public String getEmail() {
				return email;
			}

			public String getAddress() {
				return address;
			}

			public String getCommuneCode() {
				return communeCode;
			}
		}

		List<CheckoutRequest.Item> cart() {
			return parseCart(items).entrySet().stream().map(e -> new CheckoutRequest.Item(e.getKey(), e.getValue()))
					.toList();
		}
	}

	/** A cart line priced by the server. */
	record CartLine(ListingView listing, int quantity, long amount) {
	}

	private final ShopManagement shop;
	private final ShopForms pages;
	private final MessageSource messages;
	private final RenderedFragments fragments;
	private final QrCodes qrCodes;
	/** At most a minute old: the version sees this instance's changes at once, another instance's within that time. */
	private final Cache<RenderedGrid, String> renderedGrids = Caffeine.newBuilder().maximumSize(500)
			.expireAfterWrite(Duration.ofMinutes(1)).build();

	ShopWebController(ShopManagement shop, ShopForms pages, MessageSource messages, RenderedFragments fragments,
			QrCodes qrCodes) {
		this.shop = shop;
		this.pages = pages;
		this.messages = messages;
		this.fragments = fragments;
		this.qrCodes = qrCodes;
	}

	@GetMapping("/shop")
	String catalogue(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("q", q);
		model.addAttribute("gridHtml", grid(q, page, model, request, response));
		model.addAttribute("pageHead", "shop/catalogue");
		return "shop/catalogue";
	}

	/**
	 * The rendered grid of listings of a search page, kept by search, page, language and the listings' version
	 * (which changes after every committed change of a listing): the public listing page is the most visited page
	 * of the shop, and rendering its cards costs far more than finding them.
	 */
	private String grid(@Nullable String q, int page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		var key = new RenderedGrid(q == null ? "" : q.strip(), page, RequestContextUtils.getLocale(request),
				shop.listingsVersion());
		String html = renderedGrids.getIfPresent(key);
		if (html == null) {
			Page<ListingView> found = shop.onSale(q, page);
			model.addAttribute("listings", found);
			html = fragments.render("shop/catalogue :: grid", model.asMap(), request, response);
			renderedGrids.put(key, html);
		}
		return html;
	}

	private record RenderedGrid(String q, int page, Locale locale, String listingsVersion) {
	}

	@GetMapping("/shop/listings/{id}")
	String listing(@PathVariable UUID id, Model model) {
		model.addAttribute("listing", shop.listing(id));
		return "shop/listing";
	}

	@GetMapping("/shop/cart")
	String cart(Model model) {
		if (!model.containsAttribute("form")) {
			var form = new CheckoutForm();
			shop.lastBuyerDetails().ifPresent(last -> {
				form.setName(String.valueOf(last.name()));
				form.setPhone(String.valueOf(last.phone()));
				form.setEmail(last.email() == null ? "" : last.email());
				form.setAddress(String.valueOf(last.address()));
				form.setCommuneCode(String.valueOf(last.communeCode()));
			});
			model.addAttribute("form", form);
		}
		CheckoutForm form = (CheckoutForm) model.getAttribute("form");
		model.addAttribute("provinces", shop.provinces());
		model.addAttribute("communes", shop.communesOf(form.getProvinceCode()));
		model.addAttribute("methods", PaymentMethod.values());
		return "shop/cart";
	}

	/** The cart's lines priced by the server (htmx fragment); {@code items} as {@code id:quantity,...}. */
	@GetMapping("/shop/cart/items")
	String cartItems(@RequestParam(defaultValue = "") String items, Model model) {
		Map<UUID, Integer> cart = parseCart(items);
		List<CartLine> lines = new ArrayList<>();
		long total = 0;
		for (ListingView listing : shop.onSale(new ArrayList<>(cart.keySet()))) {
			int quantity = cart.get(listing.id());
			long amount = Math.multiplyExact(listing.priceVnd(), (long) quantity);
			lines.add(new CartLine(listing, quantity, amount));
			total = Math.addExact(total, amount);
		}
		model.addAttribute("lines", lines);
		model.addAttribute("total", total);
		return "shop/cart :: items";
	}

	/** The communes in force of a province (htmx fragment of the address form). */
	@GetMapping("/shop/communes")
	String communes(@RequestParam(defaultValue = HOME_PROVINCE) String provinceCode, Model model) {
		model.addAttribute("communes", shop.communesOf(provinceCode));
		model.addAttribute("selected", "");
		return "shop/cart :: communes";
	}

	/**
	 * Places the cart's orders. A refusal shows the cart again: every bad field of the buyer at once beside it (the
	 * checkout's rules name them) under a summary of how many, or the rule's message when it is not about a field.
	 */
	@PostMapping("/shop/checkout")
	String checkout(@Valid @ModelAttribute("form") CheckoutForm form, BindingResult binding, Model model,
			HttpSession session) {
		CheckoutView[] placed = new CheckoutView[1];
		if (pages.attempt(binding, () -> placed[0] = shop.checkout(new CheckoutRequest(form.cart(),
				new CheckoutRequest.Buyer(form.getName(), form.getPhone(), form.getEmail(), form.getAddress(),
						form.getCommuneCode()), form.getPaymentMethod())), Map.<String, String>of())) {
			remember(session, placed[0].checkoutCode(), form.getPhone());
			return "redirect:/shop/checkout/" + placed[0].checkoutCode();
		}
		var locale = LocaleContextHolder.getLocale();
		List<String> fieldMessages = binding.getFieldErrors().stream().map(e -> messages.getMessage(e, locale)).toList();
		model.addAttribute("error", fieldMessages.isEmpty()
				? messages.getMessage(binding.getGlobalErrors().get(0), locale)
				: messages.getMessage("shop.checkout.fieldsInvalid", new Object[] { fieldMessages.size() }, locale));
		model.addAttribute("fieldMessages", fieldMessages);
		return cart(model);
	}

	@GetMapping("/shop/checkout/{code}")
	String confirmation(@PathVariable String code, HttpSession session, Model model) {
		@SuppressWarnings("unchecked")
		var mine = (Map<String, String>) session.getAttribute(SESSION_CHECKOUTS);
		if (mine == null || !mine.containsKey(code)) {
			return "redirect:/shop/track?code=" + org.springframework.web.util.UriUtils.encode(code,
					java.nio.charset.StandardCharsets.UTF_8);
		}
		CheckoutView checkout = shop.checkout(code, mine.get(code));
		Map<String, String> qr = new LinkedHashMap<>();
		checkout.orders().forEach(o -> {
			if (o.vietQrPayload() != null) {
				qr.put(o.orderCode(), qrCodes.svg(o.vietQrPayload(), "VietQR " + o.orderCode()));
			}
		});
		model.addAttribute("checkout", checkout);
		model.addAttribute("qr", qr);
		return "shop/confirmation";
	}

	@GetMapping("/shop/track")
	String track(@RequestParam(required = false) @Nullable String code, @RequestParam(required = false) @Nullable String phone,
			Model model) {
		model.addAttribute("code", code);
		model.addAttribute("phone", phone);
		if (code != null && !code.isBlank() && phone != null && !phone.isBlank()) {
			try {
				OrderView order = shop.track(code, phone);
				model.addAttribute("order", order);
			}
			catch (NotFoundException e) {
				model.addAttribute("notFound", true);
			}
		}
		return "shop/track";
	}

	private static void remember(HttpSession session, String code, String phone) {
		@SuppressWarnings("unchecked")
		var mine = (Map<String, String>) session.getAttribute(SESSION_CHECKOUTS);
		var updated = mine == null ? new LinkedHashMap<String, String>() : new LinkedHashMap<>(mine);
		updated.put(code, phone);
		session.setAttribute(SESSION_CHECKOUTS, updated);
	}

	static Map<UUID, Integer> parseCart(String items) {
		Map<UUID, Integer> cart = new LinkedHashMap<>();
		for (String part : items.split(",")) {
			String[] pair = part.strip().split(":");
			if (pair.length != 2) {
				continue;
			}
			try {
				UUID id = UUID.fromString(pair[0].strip());
				int quantity = Integer.parseInt(pair[1].strip());
				if (quantity > 0 && cart.size() < 100) {
					cart.merge(id, Math.min(quantity, 999), Integer::sum);
				}
			}
			catch (IllegalArgumentException e) {
				// a damaged cart entry is dropped
			}
		}
		return cart;
	}

	@Configuration(proxyBeanMethods = false)
	static class ShopPages {

		@Bean
		PublicPaths shopPublicPages() {
			return PublicPaths.of("/shop", "/shop/listings/**", "/shop/cart", "/shop/cart/items", "/shop/communes",
					"/shop/checkout", "/shop/checkout/*", "/shop/track");
		}

		@Bean
		NavigationItem shopNavigation() {
			return NavigationItem.of("nav.shop.manage", "/shop/manage", 50, "PRODUCER", "PROVINCE_ADMIN");
		}

		@Bean
		NavigationItem shopOfficeNavigation() {
			return NavigationItem.of("nav.shop.office", "/shop/office", 51, "PROVINCE_ADMIN");
		}
	}
}
