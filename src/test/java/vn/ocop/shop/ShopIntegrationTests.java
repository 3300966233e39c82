package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.support.RatedProducts;

/**
 * The marketplace end to end on products certified through the real flow: only certified products are listed,
 * buyers check out without an account (one order per producer, prices from the server, exact VND totals), pay by
 * COD or VietQR, track their orders; orders move only through legal states and a cancellation releases the stock;
 * listings follow their certificate (revocation hides, downgrade shows the new stars); the office's sales and
 * export; and 50 buyers racing for 10 units.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=${ocop.test.smtp.shop}" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShopIntegrationTests {

	static final String DUC_LINH = "18322";
	static final String PASSWORD = RatedProducts.PASSWORD;

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("shop");

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	ShopManagement shop;

	@Autowired
	JdbcTemplate jdbc;

	RatedProducts products;
	String commune;

	@BeforeEach
	void setUp() {
		products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		commune = shop.communesOf("42").get(0).code();
	}

	@Test
	void shouldListOnlyCertifiedProductsAndSellThemAcrossProducers() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID producerA = products.producer("HTX Cam Đức Lĩnh " + suffix, DUC_LINH, "producer");
		UUID producerB = products.producer("Cơ sở Kẹo cu đơ " + suffix, DUC_LINH, null);
		UUID uncertified = products.submitted(producerA, "Mật ong Đức Lĩnh " + suffix, DUC_LINH, null, false);
		UUID orange = products.submitted(producerA, "Cam bù Vũ Quang " + suffix, DUC_LINH, null, false);
		UUID candy = products.submitted(producerB, "Kẹo cu đơ Hà Tĩnh " + suffix, DUC_LINH, null, false);
		products.certified(orange, 62);
		products.certified(candy, 75);

		// only with a certificate in force; only the product's producer or the provincial office
		mvc.perform(publish(uncertified, "Mật ong", 100_000, 5, "producer")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.productId").value(uncertified.toString()));
		mvc.perform(publish(orange, "Cam", 100_000, 5, "producer-hs")).andExpect(status().isForbidden());
		mvc.perform(publish(orange, "", 100_000, 5, "producer")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("title"));
		mvc.perform(publish(orange, "Cam", 0, 5, "producer")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("priceVnd"));
		String orangeListing = id(mvc.perform(publish(orange, "Cam bù Vũ Quang hộp 5 kg " + suffix, 175_000, 20, "producer"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.status").value("ACTIVE")).andReturn().getResponse().getContentAsString());
		String candyListing = id(mvc.perform(publish(candy, "Kẹo cu đơ " + suffix, 45_500, 100, "admin"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.stars").value(4)).andReturn().getResponse()
				.getContentAsString());

		// anyone browses, without diacritics
		mvc.perform(get("/api/v1/shop/listings").param("q", "cam bu vu quang hop 5 kg " + suffix))
				.andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(hasItem(orangeListing)))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(candyListing))));

		// invalid buyer data: 422 naming the field; nothing reserved
		mvc.perform(checkout(orangeListing, 1, "091234567", commune, "COD")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("buyer.phone"));
		mvc.perform(checkout(orangeListing, 1, "0912345678", "99999", "COD")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("buyer.communeCode"));
		mvc.perform(checkout(orangeListing, 1, "0912", "99999", "COD")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("buyer.phone"))
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("buyer.phone", "buyer.communeCode")))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Số điện thoại không hợp lệ")));
		mvc.perform(checkout(orangeListing, 21, "0912345678", commune, "COD")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.listingId").value(orangeListing));
		mvc.perform(get("/api/v1/shop/listings/" + orangeListing)).andExpect(jsonPath("$.stock").value(20));

		// one checkout, two producers: one order each under one code; prices the server's, exact totals
		String body = """
				{"items":[{"listingId":"%s","quantity":3},{"listingId":"%s","quantity":2},{"listingId":"%s","quantity":1}],
				 "buyer":{"name":"Nguyễn Thị Lan","phone":"+84 912 345 678","email":"lan@example.vn",
				          "address":"Số 5 đường Trần Phú","communeCode":"%s"},
				 "paymentMethod":"COD","total":1,"priceVnd":1}""".formatted(orangeListing, candyListing, orangeListing,
				commune);
		String placed = mvc.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.orders.length()").value(2))
				.andExpect(jsonPath("$.total").value(4 * 175_000 + 2 * 45_500))
				.andExpect(jsonPath("$.vietQrPayload").doesNotExist())
				.andReturn().getResponse().getContentAsString();
		String checkoutCode = JsonPath.read(placed, "$.checkoutCode");
		List<String> orderCodes = JsonPath.read(placed, "$.orders[*].orderCode");
		List<Integer> totals = JsonPath.read(placed, "$.orders[*].total");
		assertThat(orderCodes).allMatch(c -> c.startsWith(checkoutCode + "-"));
		assertThat(totals).containsExactlyInAnyOrder(700_000, 91_000);
		mvc.perform(get("/api/v1/shop/listings/" + orangeListing)).andExpect(jsonPath("$.stock").value(16));

		// the buyer's confirmation e-mail names the checkout and both orders
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo("lan@example.vn", checkoutCode) > 0);

		// tracking by code and phone (any spelling of the same number), nothing with another phone
		String orangeOrder = orderOf(placed, "HTX Cam Đức Lĩnh " + suffix);
		mvc.perform(get("/api/v1/shop/orders/" + orangeOrder).param("phone", "0912.345.678"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PLACED"))
				.andExpect(jsonPath("$.total").value(700_000)).andExpect(jsonPath("$.lines[0].quantity").value(4));
		mvc.perform(get("/api/v1/shop/orders/" + orangeOrder).param("phone", "0987654321")).andExpect(status().isNotFound());

		// the producer works the order through the legal states only
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/confirm").with(basic("producer-hs"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/pack").with(basic("producer"))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.currentStatus").value("PLACED"));
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/confirm").with(basic("producer"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/pack").with(basic("producer"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/ship").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"carrier\":\"VNPost\"}"))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("trackingCode"));
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/ship").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"carrier\":\"VNPost\",\"trackingCode\":\"EB123456789VN\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.trackingCode").value("EB123456789VN"));
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/cancel").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"muộn\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/shop/orders/" + orangeOrder + "/deliver").with(basic("producer")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.history.length()").value(5));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?",
				Long.class, jdbc.queryForObject("select id from shop_order where code = ?", UUID.class, orangeOrder).toString()))
				.isGreaterThanOrEqualTo(5);

		// a cancelled order releases its stock
		String candyOrder = orderOf(placed, "Cơ sở Kẹo cu đơ " + suffix);
		mvc.perform(post("/api/v1/shop/orders/" + candyOrder + "/cancel").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/shop/orders/" + candyOrder + "/cancel").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Khách đổi ý\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
		mvc.perform(get("/api/v1/shop/listings/" + candyListing)).andExpect(jsonPath("$.stock").value(100));

		// the sales: the producer's month, the office's breakdowns and the export
		int month = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getMonthValue();
		mvc.perform(get("/api/v1/shop/producers/" + producerA + "/sales").with(basic("producer")))
				.andExpect(jsonPath("$.months[" + (month - 1) + "].deliveredRevenueVnd").value(700_000))
				.andExpect(jsonPath("$.months[" + (month - 1) + "].orders").value(1));
		mvc.perform(get("/api/v1/shop/office/sales").with(basic("producer"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/shop/office/sales").with(basic("admin")))
				.andExpect(jsonPath("$.byProducer[?(@.key == '" + producerA + "')].deliveredRevenueVnd").value(hasItem(700_000)))
				.andExpect(jsonPath("$.byDistrict[*].name").value(hasItem("Huyện Vũ Quang")));
		byte[] xlsx = mvc.perform(get("/api/v1/shop/office/sales.xlsx").with(basic("admin"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			var producerSheet = workbook.getSheetAt(1);
			boolean found = false;
			for (var row : producerSheet) {
				if (row.getCell(0).getStringCellValue().equals("HTX Cam Đức Lĩnh " + suffix)) {
					found = row.getCell(2).getNumericCellValue() == 700_000d;
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void shouldShowAVietQrCodeForABankTransferToTheProducersAccount() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = products.producer("HTX Nước mắm " + suffix, DUC_LINH, "producer");
		UUID sauce = products.submitted(producer, "Nước mắm Cửa Sót " + suffix, DUC_LINH, null, false);
		products.certified(sauce, 62);
		String listing = id(mvc.perform(publish(sauce, "Nước mắm chai 500 ml " + suffix, 85_000, 30, "producer"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		mvc.perform(checkout(listing, 2, "0912345678", commune, "BANK_TRANSFER")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.producerId").value(producer.toString()));
		mvc.perform(put("/api/v1/shop/producers/" + producer + "/bank-account").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bankBin\":\"9704\",\"accountNumber\":\"3704205123456\",\"accountName\":\"HTX\"}"))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("bankBin"));
		mvc.perform(put("/api/v1/shop/producers/" + producer + "/bank-account").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bankBin\":\"970405\",\"accountNumber\":\"3704205123456\",\"accountName\":\"HTX Nước mắm\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.accountName").value("HTX NUOC MAM"));

		String placed = mvc.perform(checkout(listing, 2, "0912345678", commune, "BANK_TRANSFER"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String payload = JsonPath.read(placed, "$.vietQrPayload");
		String orderCode = JsonPath.read(placed, "$.orders[0].orderCode");
		assertThat(VietQr.hasValidCrc(payload)).isTrue();
		var top = VietQr.parse(payload);
		assertThat(top.get("54")).isEqualTo("170000");
		assertThat(top.get("53")).isEqualTo("704");
		var merchant = VietQr.parse(top.get("38"));
		assertThat(merchant.get("00")).isEqualTo(VietQr.NAPAS_GUID);
		assertThat(VietQr.parse(merchant.get("01"))).containsEntry("00", "970405").containsEntry("01", "3704205123456");
		assertThat(VietQr.parse(top.get("62")).get("01")).isEqualTo(orderCode);
	}

	@Test
	void shouldHideListingsWhenTheCertificateIsRevokedAndShowNewStarsAfterADowngrade() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = products.producer("HTX Chè " + suffix, DUC_LINH, "producer");
		UUID tea = products.submitted(producer, "Chè xanh " + suffix, DUC_LINH, null, false);
		UUID honey = products.submitted(producer, "Mật ong " + suffix, DUC_LINH, null, false);
		String teaCode = products.certified(tea, 75);
		String honeyCode = products.certified(honey, 62);
		String teaListing = id(mvc.perform(publish(tea, "Chè xanh " + suffix, 60_000, 10, "producer"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String honeyListing = id(mvc.perform(publish(honey, "Mật ong " + suffix, 250_000, 10, "producer"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		mvc.perform(post("/api/v1/certificates/" + teaCode + "/downgrade").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"stars":3,"reason":"Không duy trì VietGAP","decisionNumber":"SH-%s","decisionDate":"%s"}"""
						.formatted(suffix, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/certificates/" + honeyCode + "/revoke").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"reason":"Vi phạm an toàn thực phẩm","decisionNumber":"SR-%s","decisionDate":"%s","groundCode":"LAW_BREACH"}"""
						.formatted(suffix, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))))
				.andExpect(status().isOk());

		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			mvc.perform(get("/api/v1/shop/listings/" + teaListing)).andExpect(jsonPath("$.stars").value(3));
			mvc.perform(get("/api/v1/shop/listings/" + honeyListing)).andExpect(status().isNotFound());
		});
		mvc.perform(get("/api/v1/shop/listings/" + honeyListing).with(basic("producer")))
				.andExpect(jsonPath("$.status").value("SUSPENDED")).andExpect(jsonPath("$.suspension").value("REVOKED"));
		mvc.perform(post("/api/v1/shop/listings/" + honeyListing + "/resume").with(basic("producer")))
				.andExpect(status().isConflict());
		mvc.perform(checkout(honeyListing, 1, "0912345678", commune, "COD")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.listingId").value(honeyListing));
		mvc.perform(get("/api/v1/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.topic == 'shop.listing-revoked')].text").value(hasItem(containsString("Mật ong " + suffix))))
				.andExpect(jsonPath("$[?(@.topic == 'shop.listing-downgraded')].text").value(hasItem(containsString("Chè xanh " + suffix))));

		// a paused listing is hidden until resumed
		mvc.perform(post("/api/v1/shop/listings/" + teaListing + "/pause").with(basic("producer"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/shop/listings/" + teaListing)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/shop/listings/" + teaListing + "/resume").with(basic("producer"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/shop/listings/" + teaListing)).andExpect(status().isOk());
	}

	@Test
	void shouldSellTheLastUnitsToExactlyAsManyBuyersAsThereAreUnits() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = products.producer("HTX Bưởi Phúc Trạch " + suffix, DUC_LINH, "producer");
		UUID pomelo = products.submitted(producer, "Bưởi Phúc Trạch " + suffix, DUC_LINH, null, false);
		products.certified(pomelo, 62);
		UUID listing = UUID.fromString(id(mvc.perform(publish(pomelo, "Bưởi Phúc Trạch " + suffix, 60_000, 10, "producer"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()));

		int buyers = 50;
		ExecutorService pool = Executors.newFixedThreadPool(buyers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		try {
			for (int i = 0; i < buyers; i++) {
				int n = i;
				Callable<String> buyer = () -> {
					start.await();
					try {
						shop.checkout(new CheckoutRequest(List.of(new CheckoutRequest.Item(listing, 1)),
								new CheckoutRequest.Buyer("Người mua " + n, "09123456" + String.format("%02d", n), null,
										"Thôn " + n, commune), PaymentMethod.COD));
						return "ok";
					}
					catch (BusinessRuleException e) {
						return e.messageCode();
					}
				};
				results.add(pool.submit(buyer));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes.stream().filter("ok"::equals)).hasSize(10);
			assertThat(outcomes.stream().filter("shop.checkout.outOfStock"::equals)).hasSize(40);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select stock from shop_listing where id = ?", Integer.class, listing)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from shop_order_line where listing_id = ?", Long.class, listing))
				.isEqualTo(10L);
		assertThat(jdbc.queryForObject("select coalesce(sum(quantity), 0) from shop_order_line where listing_id = ?",
				Long.class, listing)).isEqualTo(10L);
	}

	// ---------------------------------------------------------------- helpers

	private org.springframework.test.web.servlet.RequestBuilder publish(UUID product, String title, long price, int stock,
			String user) {
		return post("/api/v1/shop/listings").with(basic(user)).contentType(MediaType.APPLICATION_JSON).content("""
				{"productId":"%s","title":"%s","variant":"Hộp","unit":"hộp","priceVnd":%d,"stock":%d,"weightGrams":5200,
				 "deliveryArea":"Toàn quốc","leadTimeDays":2}""".formatted(product, title, price, stock));
	}

	private org.springframework.test.web.servlet.RequestBuilder checkout(String listing, int quantity, String phone,
			String communeCode, String method) {
		return post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content("""
				{"items":[{"listingId":"%s","quantity":%d}],
				 "buyer":{"name":"Trần Văn Nam","phone":"%s","address":"Xóm 3","communeCode":"%s"},
				 "paymentMethod":"%s"}""".formatted(listing, quantity, phone, communeCode, method));
	}

	private static String id(String json) {
		return JsonPath.read(json, "$.id");
	}

	private static String orderOf(String checkout, String producerName) {
		List<String> codes = JsonPath.read(checkout, "$.orders[?(@.producerName == '" + producerName + "')].orderCode");
		return codes.get(0);
	}

	private long messagesTo(String address, String text) {
		return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address) && GreenMailUtil.getBody(m).contains(text);
			}
			catch (Exception e) {
				return false;
			}
		}).count();
	}

	private static RequestPostProcessor basic(String user) {
		return httpBasic(user, PASSWORD);
	}
}
