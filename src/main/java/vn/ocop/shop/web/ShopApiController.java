package vn.ocop.shop.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.shared.web.PublicPaths;
import vn.ocop.shop.BankAccountView;
import vn.ocop.shop.CheckoutRequest;
import vn.ocop.shop.CheckoutView;
import vn.ocop.shop.ListingDetails;
import vn.ocop.shop.ListingView;
import vn.ocop.shop.OrderStatus;
import vn.ocop.shop.OrderView;
import vn.ocop.shop.SalesReport;
import vn.ocop.shop.ShopManagement;
import vn.ocop.shop.ShopSales;

/**
 * The marketplace over JSON: public listings, checkout and tracking; producers' listings, orders, bank account and
 * sales; the provincial office's orders, sales and the .xlsx export.
 */
@RestController
@RequestMapping("/api/v1/shop")
@Tag(name = "shop", description = "Sàn thương mại điện tử OCOP / OCOP marketplace")
class ShopApiController {

	/** A listing to publish: the product (with a certificate in force) and what the producer decides. */
	record NewListingRequest(@Nullable UUID productId, @Nullable String title, @Nullable String variant,
			@Nullable String unit, @Nullable Long priceVnd, @Nullable Integer stock, @Nullable Integer weightGrams,
			@Nullable String deliveryArea, @Nullable Integer leadTimeDays, @Nullable String description) {

		ListingDetails details() {
			return new ListingDetails(title == null ? "" : title, variant, unit == null ? "" : unit,
					priceVnd == null ? 0 : priceVnd, stock == null ? -1 : stock, weightGrams, deliveryArea, leadTimeDays,
					description);
		}
	}

	record ListingPage(List<ListingView> items, int page, int totalPages, long total) {
	}

	record ShipRequest(@Nullable String carrier, @Nullable String trackingCode) {
	}

	record CancelRequest(@Nullable String reason) {
	}

	private final ShopManagement shop;
	private final ShopSales sales;
	private final SalesWorkbook workbook;

	ShopApiController(ShopManagement shop, ShopSales sales, SalesWorkbook workbook) {
		this.shop = shop;
		this.sales = sales;
		this.workbook = workbook;
	}

	// ---------------------------------------------------------------- public

	@GetMapping("/listings")
	@Operation(summary = "Sản phẩm đang bán (công khai) / Listings on sale, public; q searches without diacritics")
	ListingPage listings(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page) {
		Page<ListingView> found = shop.onSale(q, page);
		return new ListingPage(found.getContent(), found.getNumber(), found.getTotalPages(), found.getTotalElements());
	}

	@GetMapping("/listings/{id}")
	@Operation(summary = "Một sản phẩm đang bán / One listing (public while on sale; its producer always)")
	ListingView listing(@PathVariable UUID id) {
		return shop.listing(id);
	}

	@GetMapping("/listings/{id}/photos/{index}")
	@Operation(summary = "Ảnh sản phẩm / A listing's photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable int index) throws IOException {
		return shop.photo(id, index)
				.map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
						.header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").body(p.content()))
				.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/orders")
	@Operation(summary = "Đặt hàng (công khai) / Check out without an account: one order per producer under one "
			+ "checkout code; prices from the server; 409 naming the listing when stock is short; 422 for invalid "
			+ "buyer data")
	ResponseEntity<CheckoutView> checkout(@RequestBody CheckoutRequest request) {
		CheckoutView placed = shop.checkout(request);
		return ResponseEntity.created(URI.create("/api/v1/shop/checkouts/" + placed.checkoutCode())).body(placed);
	}

	@GetMapping("/orders/{orderCode}")
	@Operation(summary = "Tra cứu đơn hàng (người mua) / Track an order by its code and the buyer's phone number; "
			+ "the producer and the office may omit the phone")
	OrderView track(@PathVariable String orderCode, @RequestParam(required = false) @Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return shop.order(orderCode);
		}
		return shop.track(orderCode, phone);
	}

	@GetMapping("/checkouts/{checkoutCode}")
	@Operation(summary = "Xem lại lần đặt hàng / A checkout by its code and the buyer's phone number")
	CheckoutView checkoutOf(@PathVariable String checkoutCode, @RequestParam String phone) {
		return shop.checkout(checkoutCode, phone);
	}

	// ---------------------------------------------------------------- producers

	@PostMapping("/listings")
	@Operation(summary = "Đăng bán sản phẩm / Publish a listing (the product's producer or PROVINCE_ADMIN); 409 when "
			+ "the product has no certificate in force")
	ResponseEntity<ListingView> publish(@RequestBody NewListingRequest request) {
		if (request.productId() == null) {
			throw new vn.ocop.shared.BusinessRuleException(vn.ocop.shared.BusinessRuleException.Kind.UNPROCESSABLE,
					Map.of("field", "productId"), "shop.listing.invalid.productId");
		}
		ListingView created = shop.publish(request.productId(), request.details());
		return ResponseEntity.created(URI.create("/api/v1/shop/listings/" + created.id())).body(created);
	}

	@PutMapping("/listings/{id}")
	@Operation(summary = "Sửa tin bán / Change a listing (price, stock, variant, weight, delivery area, lead time)")
	ListingView update(@PathVariable UUID id, @RequestBody NewListingRequest request) {
		return shop.update(id, request.details());
	}

	@PostMapping("/listings/{id}/pause")
	@Operation(summary = "Tạm dừng bán / Pause a listing")
	ListingView pause(@PathVariable UUID id) {
		return shop.pause(id);
	}

	@PostMapping("/listings/{id}/resume")
	@Operation(summary = "Bán lại / Resume a listing; 409 while its certificate is not in force")
	ListingView resume(@PathVariable UUID id) {
		return shop.resume(id);
	}

	@PostMapping(path = "/listings/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Thêm ảnh / Add a photo (JPEG, PNG or WebP, checked by content; at most 5)")
	ResponseEntity<ListingView> addPhoto(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
			throws IOException {
		return ResponseEntity.status(201).body(shop.addPhoto(id, file.getBytes()));
	}

	@GetMapping("/my/listings")
	@Operation(summary = "Tin bán của tôi / The listings of the producers the account acts for (all for the office)")
	List<ListingView> myListings() {
		return shop.myListings();
	}

	@GetMapping("/my/orders")
	@Operation(summary = "Đơn hàng của tôi / The orders of the producers the account acts for (all for the office)")
	List<OrderView> myOrders(@RequestParam(required = false) @Nullable OrderStatus status) {
		return shop.myOrders(status);
	}

	@GetMapping("/my/purchases")
	@Operation(summary = "Đơn đã mua / The orders the signed-in account placed as a buyer")
	List<OrderView> myPurchases() {
		return shop.myPurchases();
	}

	@PostMapping("/orders/{orderCode}/confirm")
	@Operation(summary = "Xác nhận đơn / Confirm an order (409 from any state but PLACED)")
	OrderView confirm(@PathVariable String orderCode) {
		return shop.confirm(orderCode);
	}

	@PostMapping("/orders/{orderCode}/pack")
	@Operation(summary = "Đóng gói / Mark an order packed (409 unless CONFIRMED)")
	OrderView pack(@PathVariable String orderCode) {
		return shop.pack(orderCode);
	}

	@PostMapping("/orders/{orderCode}/ship")
	@Operation(summary = "Giao cho đơn vị vận chuyển / Ship with carrier and tracking code (409 unless PACKED)")
	OrderView ship(@PathVariable String orderCode, @RequestBody ShipRequest request) {
		return shop.ship(orderCode, request.carrier() == null ? "" : request.carrier(),
				request.trackingCode() == null ? "" : request.trackingCode());
	}

	@PostMapping("/orders/{orderCode}/deliver")
	@Operation(summary = "Đã giao / Mark an order delivered (409 unless SHIPPED)")
	OrderView deliver(@PathVariable String orderCode) {
		return shop.deliver(orderCode);
	}

	@PostMapping("/orders/{orderCode}/cancel")
	@Operation(summary = "Hủy đơn / Cancel with a reason before shipping; the stock is released")
	OrderView cancel(@PathVariable String orderCode, @RequestBody CancelRequest request) {
		return shop.cancel(orderCode, request.reason() == null ? "" : request.reason());
	}

	@GetMapping("/producers/{producerId}/bank-account")
	@Operation(summary = "Tài khoản nhận chuyển khoản / The producer's bank account for VietQR transfers")
	ResponseEntity<BankAccountView> bankAccount(@PathVariable UUID producerId) {
		return ResponseEntity.of(shop.bankAccount(producerId));
	}

	@PutMapping("/producers/{producerId}/bank-account")
	@Operation(summary = "Đặt tài khoản nhận chuyển khoản / Set the producer's bank account (6-digit NAPAS BIN, account number, holder)")
	BankAccountView setBankAccount(@PathVariable UUID producerId, @RequestBody BankAccountView request) {
		return shop.setBankAccount(producerId, request);
	}

	@GetMapping("/producers/{producerId}/sales")
	@Operation(summary = "Doanh số của chủ thể theo tháng / A producer's sales by month")
	SalesReport producerSales(@PathVariable UUID producerId, @RequestParam(required = false) @Nullable Integer year) {
		return sales.producerReport(producerId, year == null ? sales.currentYear() : year);
	}

	// ---------------------------------------------------------------- provincial office

	@GetMapping("/office/sales")
	@Operation(summary = "Doanh số toàn tỉnh / Sales by month, producer, product group and district (PROVINCE_ADMIN)")
	SalesReport officeSales(@RequestParam(required = false) @Nullable Integer year) {
		return sales.officeReport(year == null ? sales.currentYear() : year);
	}

	@GetMapping("/office/sales.xlsx")
	@Operation(summary = "Xuất doanh số (.xlsx) / Sales report as an Excel workbook (PROVINCE_ADMIN)")
	ResponseEntity<byte[]> officeSalesXlsx(@RequestParam(required = false) @Nullable Integer year) throws IOException {
		SalesReport report = sales.officeReport(year == null ? sales.currentYear() : year);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("doanh-so-ocop-" + report.year() + ".xlsx").build().toString())
				.body(workbook.write(report));
	}

	@Configuration(proxyBeanMethods = false)
	static class ShopApiPaths {

		@Bean
		PublicPaths shopPublicApi() {
			return PublicPaths.of(HttpMethod.GET, "/api/v1/shop/listings", "/api/v1/shop/listings/*",
					"/api/v1/shop/listings/*/photos/*", "/api/v1/shop/orders/*", "/api/v1/shop/checkouts/*");
		}

		@Bean
		PublicPaths shopPublicCheckout() {
			return PublicPaths.of(HttpMethod.POST, "/api/v1/shop/orders");
		}
	}
}
