package vn.ocop.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shop.BankAccountView;
import vn.ocop.shop.CheckoutRequest;
import vn.ocop.shop.CheckoutView;
import vn.ocop.shop.ListingDetails;
import vn.ocop.shop.PaymentMethod;
import vn.ocop.shop.ShopManagement;

/**
 * The OCOP shop on top of the certified demo products: a listing for each product with a certificate in force, a
 * bank account for each of their producers, and a few orders (one delivered, one waiting for its transfer) so that
 * the producer's and the office's pages show figures. Does nothing when there is no certified product.
 */
@Component
class ShopDemoData {

	private static final Logger log = LoggerFactory.getLogger(ShopDemoData.class);

	private final ShopManagement shop;
	private final ProductLifecycle lifecycle;

	ShopDemoData(ShopManagement shop, ProductLifecycle lifecycle) {
		this.shop = shop;
		this.lifecycle = lifecycle;
	}

	@EventListener(DemoDataCreated.class)
	@Order(30)
	void create() {
		List<UUID> listings = DemoSecurity.as("admin", "PROVINCE_ADMIN", this::listAll);
		if (listings.isEmpty()) {
			log.info("Demo mode: no certified product, no shop listings created");
			return;
		}
		// two buyers without an account: one order delivered, one waiting for its bank transfer
		String commune = shop.communesOf("42").get(0).code();
		CheckoutView delivered = shop.checkout(new CheckoutRequest(List.of(new CheckoutRequest.Item(listings.get(0), 2)),
				new CheckoutRequest.Buyer("Nguyễn Thị Hoa", "0912345001", "hoa@example.vn", "Số 12 đường Phan Đình Phùng",
						commune), PaymentMethod.COD));
		shop.checkout(new CheckoutRequest(List.of(new CheckoutRequest.Item(listings.get(listings.size() - 1), 1)),
				new CheckoutRequest.Buyer("Trần Văn Minh", "0987654002", null, "Thôn Tân Hương", commune),
				PaymentMethod.BANK_TRANSFER));
		String code = delivered.orders().get(0).orderCode();
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			shop.confirm(code);
			shop.pack(code);
			shop.ship(code, "Bưu điện Việt Nam (VNPost)", "EB" + code.substring(2, 10) + "VN");
			shop.deliver(code);
		});
		log.info("Demo mode: {} shop listings and 2 demo orders created", listings.size());
	}

	/** A listing for each product with a certificate in force, and a bank account for each of their producers. */
	private List<UUID> listAll() {
		var products = shop.listableProducts();
		List<UUID> listings = new ArrayList<>();
		Set<UUID> producers = new LinkedHashSet<>();
		int n = 0;
		for (var certified : products) {
			ProductSummary product = lifecycle.summary(certified.productId());
			long price = product.priceVnd() == null || product.priceVnd() <= 0 ? 120_000L : product.priceVnd();
			String unit = product.unit() == null || product.unit().isBlank() ? "sản phẩm" : product.unit();
			listings.add(shop.publish(product.id(), new ListingDetails(cut(product.name(), 200),
					product.packaging() == null ? null : cut(product.packaging(), 100), cut(unit, 50), price,
					40 + 10 * (n++ % 4), 1000, "Toàn quốc", 2,
					product.description() == null ? null : cut(product.description(), 2000))).id());
			producers.add(product.producerId());
		}
		int account = 0;
		for (UUID producer : producers) {
			shop.setBankAccount(producer, new BankAccountView("970405", "37042051" + String.format("%05d", ++account),
					lifecycle.producer(producer).name()));
		}
		return listings;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
