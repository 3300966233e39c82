package vn.ocop.certification;

import vn.ocop.support.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;

import vn.ocop.support.RatedProducts;
import vn.ocop.criteria.CriteriaApi;

/**
 * The certification process end to end, on products rated through the real council flow: issue (one and in bulk)
 * with the PDF and labels whose QR codes lead to the public verification page, GS1 Digital Link resolution,
 * downgrade and revocation (one and in bulk) reflected on every surface, reminders and expiry by a moved clock, and
 * what unknown codes and non-rated products get.
 */
@CertificationTest
class CertificationIntegrationTests {

	static final String PASSWORD = RatedProducts.PASSWORD;

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("certification");
	static final String DUC_LINH = "18322";

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	MovableClock clock;

	@Autowired
	CertificateExpiry expiry;

	@Autowired
	ApplicationEvents events;

	RatedProducts products;
	UUID producer;
	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		clock.reset();
		today = clock.today();
		products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		producer = products.producer("Hợp tác xã Nông nghiệp Đức Lĩnh " + UUID.randomUUID().toString().substring(0, 4),
				DUC_LINH, "producer");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void shouldIssueACertificateWhosePdfAndLabelsLeadToTheVerificationPage() throws Exception {
		String name = "Cam bù Hương Sơn đặc sản Vũ Quang";
		UUID product = products.rated(products.submitted(producer, name, DUC_LINH, null, true), 62);
		UUID submittedOnly = products.submitted(producer, "Mật ong rừng Đức Lĩnh", DUC_LINH, null, false);
		String producerName = producerName(product);

		// only the level the regulation names recognises (under 1048 the district only screens); only RATED 3★+
		// products; never with a future decision; nobody outside a People's Committee
		mvc.perform(issue(product, "101/QĐ-UBND", today.minusYears(2).withMonth(1), "district")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused[0].reason").value("certification.level.noAuthority"));
		mvc.perform(issue(product, "101/QĐ-UBND", today, "inspector")).andExpect(status().isForbidden());
		mvc.perform(issue(submittedOnly, "101/QĐ-UBND", today, "admin"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused[0].item").value(submittedOnly.toString()))
				.andExpect(jsonPath("$.refused[0].status").value("SUBMITTED"));
		mvc.perform(issue(product, "101/QĐ-UBND", today.plusDays(1), "admin")).andExpect(status().isUnprocessableContent());

		LocalDate decided = today.minusDays(10);
		String json = mvc.perform(issue(product, "101/QĐ-UBND", decided, "admin"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/v1/certificates/42-" + decided.getYear() + "-")))
				.andExpect(jsonPath("$.productId").value(product.toString()))
				.andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.validFrom").value(decided.toString()))
				.andExpect(jsonPath("$.validUntil").value(decided.plusMonths(36).minusDays(1).toString()))
				.andExpect(jsonPath("$.status").value("VALID"))
				.andExpect(jsonPath("$.decision.authority").value("Ủy ban nhân dân tỉnh Hà Tĩnh"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.code");
		assertThat(code).matches("42-\\d{4}-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(events.stream(CertificateIssued.class).filter(e -> e.code().equals(code))).hasSize(1);
		mvc.perform(get("/api/v1/products/" + product).with(basic("admin")))
				.andExpect(jsonPath("$.status").value("CERTIFIED")).andExpect(jsonPath("$.stars").value(3));
		mvc.perform(issue(product, "102/QĐ-UBND", today, "admin")).andExpect(status().isConflict());

		// the producer and officers in scope read it; another producer does not
		mvc.perform(get("/api/v1/certificates/" + code).with(basic("producer"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/certificates/" + code).with(basic("district"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/certificates/" + code).with(basic("producer-hs"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(basic("producer-hs"))).andExpect(status().isForbidden());

		// the PDF: Vietnamese text intact, one A4 page, and a QR code that leads to the verification page
		byte[] pdf = mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(basic("producer")))
				.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(CertificateReader.pages(pdf)).isEqualTo(1);
		String text = CertificateReader.text(pdf);
		assertThat(text).contains("Giấy chứng nhận", "GIẤY CHỨNG NHẬN", name, producerName, code,
				"Ủy ban nhân dân tỉnh Hà Tĩnh", "101/QĐ-UBND", "Xã Đức Lĩnh");
		String pdfQr = CertificateReader.decodeQr(CertificateReader.render(pdf));
		assertThat(pdfQr).isEqualTo("http://localhost:8080/verify/" + code);
		mvc.perform(get(URI.create(pdfQr).getPath()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("CÒN HIỆU LỰC")))
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString(producerName)))
				.andExpect(content().string(containsString("Xã Đức Lĩnh")));

		// the labels: PNG with a QR code leading to the same page, and SVG built of rects
		byte[] png = mvc.perform(get("/api/v1/certificates/" + code + "/label.png").with(basic("producer")))
				.andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
				.andReturn().getResponse().getContentAsByteArray();
		String labelQr = CertificateReader.decodeQr(CertificateReader.image(png));
		assertThat(labelQr).isEqualTo(pdfQr);
		mvc.perform(get(URI.create(labelQr).getPath()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value(code))
				.andExpect(jsonPath("$.status").value("VALID"))
				.andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.productName").value(name))
				.andExpect(jsonPath("$.producerName").value(producerName))
				.andExpect(jsonPath("$.validFrom").value(decided.toString()))
				.andExpect(jsonPath("$.validUntil").value(decided.plusMonths(36).minusDays(1).toString()));
		String svg = mvc.perform(get("/api/v1/certificates/" + code + "/label.svg").with(basic("district")))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(svg).contains("<rect", code, "HÀ TĨNH", "Quét mã để kiểm tra");
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		// the photo copied at issue is public with the certificate; codes are read the Crockford way
		mvc.perform(get("/verify/" + code + "/photo")).andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.IMAGE_JPEG));
		mvc.perform(get("/verify/" + code.toLowerCase())).andExpect(status().isOk());
		mvc.perform(get("/verify").param("code", " " + code + " ")).andExpect(status().is3xxRedirection());
		// a certificate in force is indexed, with a description naming it (issue 16: SEO of the verification page);
		// an unknown code is not
		mvc.perform(get("/verify/" + code)).andExpect(content().string(org.hamcrest.Matchers.allOf(
				org.hamcrest.Matchers.containsString("content=\"index, follow\""),
				org.hamcrest.Matchers.containsString("<meta name=\"description\" content=\"Giấy chứng nhận OCOP " + code))));
		mvc.perform(get("/verify/42-2019-ZZZZZZZZ")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("content=\"noindex\"")));
	}

	@Test
	void shouldResolveAGs1DigitalLinkToTheLatestCertificate() throws Exception {
		String gtin = RatedProducts.newGtin13();
		UUID product = products.rated(products.submitted(producer, "Nước mắm Kỳ Ninh", DUC_LINH, gtin, false), 62);
		String code = code(mvc.perform(issue(product, "201/QĐ-UBND", today, "admin")).andExpect(status().isCreated()));

		byte[] pdf = mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(basic("admin")))
				.andReturn().getResponse().getContentAsByteArray();
		String qr = CertificateReader.decodeQr(CertificateReader.render(pdf));
		assertThat(qr).isEqualTo("http://localhost:8080/01/0" + gtin);
		mvc.perform(get(URI.create(qr).getPath()))
				.andExpect(status().isTemporaryRedirect())
				.andExpect(header().string("Location", "/verify/" + code));
		mvc.perform(get("/01/" + gtin + "/10/LO-2024")).andExpect(status().isTemporaryRedirect())
				.andExpect(header().string("Location", "/verify/" + code));
		mvc.perform(get("/01/" + RatedProducts.newGtin13())).andExpect(status().isNotFound());
		mvc.perform(get("/01/12345")).andExpect(status().isNotFound());
	}

	@Test
	void shouldIssueAndRevokeInBulkWithImmediateEffectEverywhere() throws Exception {
		List<UUID> rated = products.rate(62,
				products.submitted(producer, "Kẹo cu đơ Hà Tĩnh", DUC_LINH, null, false),
				products.submitted(producer, "Bưởi Phúc Trạch", DUC_LINH, null, false));
		UUID notRated = products.submitted(producer, "Chè xanh Hương Sơn", DUC_LINH, null, false);
		String number = "3763/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 4);

		// all or nothing: one refused product, nothing issued, every refusal named
		mvc.perform(bulkIssue(number, today, rated.get(0), notRated, rated.get(1)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused.length()").value(1))
				.andExpect(jsonPath("$.refused[0].name").value("Chè xanh Hương Sơn"))
				.andExpect(jsonPath("$.refused[0].reason").value("certification.product.notRated"));
		mvc.perform(get("/api/v1/products/" + rated.get(0)).with(basic("admin"))).andExpect(jsonPath("$.status").value("RATED"));

		String issued = mvc.perform(bulkIssue(number, today, rated.get(0), rated.get(1)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.certificates.length()").value(2))
				.andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(issued, "$.certificates[*].code");
		assertThat(codes).doesNotHaveDuplicates();

		// the officer list in scope shows them; the pages too
		mvc.perform(get("/api/v1/certificates").param("status", "VALID").with(basic("commune")))
				.andExpect(jsonPath("$[*].code").value(hasItem(codes.get(0))));
		mvc.perform(get("/api/v1/certificates").with(basic("district-hs")))
				.andExpect(jsonPath("$[*].code").value(not(hasItem(codes.get(0)))));

		// bulk revocation: one unknown code refuses the whole decision
		String revocation = """
				{"codes":["%s","%s","42-2019-ZZZZZZZZ"],"reason":"Sản xuất không đúng tiêu chuẩn đã công bố",
				 "decisionNumber":"%s","decisionDate":"%s","legalBasis":"Quyết định 843/QĐ-UBND ngày 04/02/2021",
				 "groundCode":"LAW_BREACH"}""";
		mvc.perform(post("/api/v1/certificates/revocations").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(revocation.formatted(codes.get(0), codes.get(1), "R-" + number, today)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused[0].item").value("42-2019-ZZZZZZZZ"));
		mvc.perform(get("/verify/" + codes.get(0))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/certificates/revocations").with(basic("district")).contentType(MediaType.APPLICATION_JSON)
				.content(revocation.formatted(codes.get(0), codes.get(1), "R-" + number, today).replace(",\"42-2019-ZZZZZZZZ\"", "")))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/certificates/revocations").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(revocation.formatted(codes.get(0), codes.get(1), "R-" + number, today).replace(",\"42-2019-ZZZZZZZZ\"", "")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.certificates[*].status").value(hasItem("REVOKED")));

		for (int i = 0; i < 2; i++) {
			String code = codes.get(i);
			// the public page: 410 Gone, in HTML and JSON, with the decision
			mvc.perform(get("/verify/" + code))
					.andExpect(status().isGone())
					.andExpect(content().string(containsString("ĐÃ BỊ THU HỒI")))
					.andExpect(content().string(containsString("R-" + number)))
					.andExpect(content().string(containsString("Sản xuất không đúng tiêu chuẩn đã công bố")));
			mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
					.andExpect(status().isGone())
					.andExpect(jsonPath("$.status").value("REVOKED"))
					.andExpect(jsonPath("$.revocation.number").value("R-" + number))
					.andExpect(jsonPath("$.revocation.reason").value("Sản xuất không đúng tiêu chuẩn đã công bố"));
			// the API, the registry and the labels
			mvc.perform(get("/api/v1/certificates/" + code).with(basic("admin")))
					.andExpect(jsonPath("$.status").value("REVOKED"))
					.andExpect(jsonPath("$.revocation.legalBasis").value("Quyết định 843/QĐ-UBND ngày 04/02/2021"));
			mvc.perform(get("/api/v1/products/" + rated.get(i)).with(basic("admin")))
					.andExpect(jsonPath("$.status").value("REVOKED"));
			mvc.perform(get("/api/v1/certificates/" + code + "/label.png").with(basic("producer")))
					.andExpect(status().isConflict());
			assertThat(CertificateReader.text(mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(basic("producer")))
					.andReturn().getResponse().getContentAsByteArray())).contains("ĐÃ BỊ THU HỒI");
		}
		assertThat(events.stream(CertificateRevoked.class).map(CertificateRevoked::code)).containsAll(codes);
		// the officer list and page, the producer's notices
		mvc.perform(get("/api/v1/certificates").param("status", "REVOKED").with(basic("district")))
				.andExpect(jsonPath("$[*].code").value(hasItem(codes.get(1))));
		mvc.perform(get("/api/v1/certificates").param("status", "VALID").with(basic("district")))
				.andExpect(jsonPath("$[*].code").value(not(hasItem(codes.get(1)))));
		mvc.perform(get("/certification").param("status", "REVOKED").with(as("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(codes.get(0))));
		mvc.perform(get("/api/v1/certificates/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.code == '" + codes.get(0) + "')].kind").value(hasItem("REVOKED")));
		mvc.perform(post("/api/v1/certificates/" + codes.get(0) + "/revoke").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"reason":"lần hai","decisionNumber":"R2-%s","decisionDate":"%s","groundCode":"LAW_BREACH"}""".formatted(number, today)))
				.andExpect(status().isConflict());
	}

	@Test
	void shouldShowTheNewStarsAfterADowngrade() throws Exception {
		UUID product = products.rated(products.submitted(producer, "Nhung hươu Hương Sơn", DUC_LINH, null, false), 75);
		String code = code(mvc.perform(issue(product, "301/QĐ-UBND", today.minusMonths(6), "admin"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.stars").value(4)));
		String downgrade = """
				{"stars":%d,"reason":"Không duy trì chứng nhận VietGAP","decisionNumber":"%s","decisionDate":"%s",
				 "legalBasis":"Điều 12 Quy chế quản lý sản phẩm OCOP"}""";
		mvc.perform(post("/api/v1/certificates/" + code + "/downgrade").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(downgrade.formatted(2, "HS-1/QĐ-UBND", today))).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/certificates/" + code + "/downgrade").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(downgrade.formatted(3, "HS-1/QĐ-UBND", today.plusDays(3)))).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/certificates/" + code + "/downgrade").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(downgrade.formatted(3, "HS-1/QĐ-UBND", today)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.issuedStars").value(4))
				.andExpect(jsonPath("$.status").value("DOWNGRADED"));

		mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DOWNGRADED"))
				.andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.issuedStars").value(4))
				.andExpect(jsonPath("$.downgrade.number").value("HS-1/QĐ-UBND"));
		mvc.perform(get("/verify/" + code)).andExpect(status().isOk())
				.andExpect(content().string(containsString("ĐÃ BỊ HẠ SAO — hiện còn 3 sao")));
		mvc.perform(get("/api/v1/products/" + product).with(basic("admin")))
				.andExpect(jsonPath("$.status").value("CERTIFIED")).andExpect(jsonPath("$.stars").value(3));
		assertThat(events.stream(CertificateDowngraded.class).filter(e -> e.code().equals(code)))
				.singleElement().satisfies(e -> {
					assertThat(e.fromStars()).isEqualTo(4);
					assertThat(e.toStars()).isEqualTo(3);
				});
		// the label shows the current stars: three star polygons in the SVG
		String svg = mvc.perform(get("/api/v1/certificates/" + code + "/label.svg").with(basic("producer")))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(svg.split("fill=\"#F2B400\"", -1)).hasSize(4);
		assertThat(CertificateReader.text(mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(basic("producer")))
				.andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " ")).contains("ĐẠT HẠNG 3 SAO", "ĐÃ HẠ XUỐNG 3 SAO");
		mvc.perform(get("/api/v1/certificates/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.code == '" + code + "')].kind").value(hasItem("DOWNGRADED")));
		String history = mvc.perform(get("/api/v1/certificates/" + code + "/history").with(basic("admin")))
				.andExpect(jsonPath("$[*].kind").value(hasItem("DOWNGRADED")))
				.andReturn().getResponse().getContentAsString();
		// the downgrade decision as signed: the province's authority and signature block, 4 → 3 stars
		List<String> downgrades = JsonPath.read(history, "$[?(@.kind == 'DOWNGRADED')].decision.id");
		assertThat(CertificateReader.text(mvc.perform(get("/api/v1/decisions/" + downgrades.get(0) + "/pdf").with(basic("producer")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " "))
				.contains("Về việc hạ hạng sao sản phẩm OCOP", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "TM. ỦY BAN NHÂN DÂN",
						"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Không duy trì chứng nhận VietGAP", "4 → 3");
	}

	@Test
	void shouldRemindAndThenExpireAsTheClockMoves() throws Exception {
		UUID product = products.rated(products.submitted(producer, "Cam Khe Mây", DUC_LINH, null, false), 62);
		LocalDate decided = today.minusMonths(36).plusDays(120);
		String json = mvc.perform(issue(product, "401/QĐ-UBND", decided, "admin")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.code");
		LocalDate lastDay = LocalDate.parse(JsonPath.read(json, "$.validUntil"));

		// 90 days before: one reminder, once
		clock.moveTo(lastDay.minusDays(90));
		expiry.run();
		expiry.run();
		assertThat(events.stream(ExpiryReminderSent.class).filter(e -> e.code().equals(code)).map(ExpiryReminderSent::daysBefore))
				.containsExactly(90);
		mvc.perform(get("/api/v1/certificates/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.code == '" + code + "' && @.kind == 'EXPIRY_REMINDER')].daysBefore").value(hasItem(90)));
		mvc.perform(get("/api/v1/certificates/notifications").with(basic("district")))
				.andExpect(jsonPath("$[?(@.code == '" + code + "')].audience").value(hasItem("OFFICE")));
		mvc.perform(get("/api/v1/certificates").param("expiringWithinDays", "90").with(basic("district")))
				.andExpect(jsonPath("$[*].code").value(hasItem(code)));
		// the same reminder in the producer's and the district officer's notifications, and by e-mail
		mvc.perform(get("/api/v1/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.topic == 'certification.expiry-reminder')].text").value(hasItem(containsString(code))));
		mvc.perform(get("/api/v1/notifications").with(basic("district")))
				.andExpect(jsonPath("$[?(@.topic == 'certification.expiry-reminder')].text").value(hasItem(containsString(code))));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
			var reminders = new java.util.ArrayList<String>();
			for (var message : mail.getReceivedMessages()) {
				// the recognition notice (issue 16) names the certificate too: only the reminders here
				if (message.getSubject().contains(code) && !message.getSubject().contains("được công nhận")) {
					assertThat(message.getSubject()).contains("90 ngày");
					assertThat(GreenMailUtil.getBody(message)).isNotBlank();
					reminders.add(message.getAllRecipients()[0].toString());
				}
			}
			assertThat(reminders).contains("htxcamvuquang@example.vn", "ocop.vuquang@hatinh.gov.vn");
		});

		// a job that missed the 60-day mark sends only the 30-day reminder
		clock.moveTo(lastDay.minusDays(20));
		expiry.run();
		assertThat(events.stream(ExpiryReminderSent.class).filter(e -> e.code().equals(code)).map(ExpiryReminderSent::daysBefore))
				.containsExactly(90, 30);

		// still valid on its last day
		clock.moveTo(lastDay);
		expiry.run();
		mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.status").value("VALID"));

		// the day after: EXPIRED on the page even before the job, then everywhere once it ran
		clock.moveTo(lastDay.plusDays(1));
		mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
		assertThat(expiry.run().expired()).isGreaterThanOrEqualTo(1);
		assertThat(events.stream(CertificateExpired.class).filter(e -> e.code().equals(code))).hasSize(1);
		mvc.perform(get("/api/v1/products/" + product).with(basic("admin"))).andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(get("/api/v1/certificates/" + code).with(basic("admin"))).andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(get("/verify/" + code)).andExpect(status().isOk()).andExpect(content().string(containsString("HẾT HIỆU LỰC")));
		mvc.perform(get("/api/v1/certificates").param("expiringWithinDays", "90").with(basic("admin")))
				.andExpect(jsonPath("$[*].code").value(not(hasItem(code))));
		mvc.perform(get("/api/v1/certificates/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.code == '" + code + "')].kind").value(hasItem("EXPIRED")));
		mvc.perform(get("/api/v1/certificates/" + code + "/label.svg").with(basic("producer"))).andExpect(status().isConflict());
	}

	@Test
	void shouldGiveAnExpiredCertificateForAnOldDecision() throws Exception {
		UUID product = products.rated(products.submitted(producer, "Rượu Kim Sơn", DUC_LINH, null, false), 62);
		String code = code(mvc.perform(issue(product, "2019/QĐ-UBND-cu", today.minusMonths(37), "admin"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("EXPIRED")));
		mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(get("/api/v1/products/" + product).with(basic("admin"))).andExpect(jsonPath("$.status").value("EXPIRED"));
	}

	@Test
	void shouldReplaceTheCertificateOnRenewal() throws Exception {
		UUID product = products.rated(products.submitted(producer, "Gạo hữu cơ Đức Lĩnh", DUC_LINH, null, false), 62);
		String first = code(mvc.perform(issue(product, "501/QĐ-UBND", today.minusMonths(35), "admin")).andExpect(status().isCreated()));
		// the producer applies for re-evaluation: a new session takes the certified product, the council rates it 4★
		products.rated(product, 75);
		mvc.perform(get("/verify/" + first).accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.status").value("VALID"));
		String second = code(mvc.perform(issue(product, "502/QĐ-UBND", today, "admin"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.stars").value(4)));
		mvc.perform(get("/verify/" + first).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("EXPIRED"))
				.andExpect(jsonPath("$.replacedBy").value(second));
		mvc.perform(get("/api/v1/certificates/" + first).with(basic("admin"))).andExpect(jsonPath("$.status").value("SUPERSEDED"));
		mvc.perform(get("/verify/" + second).accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.status").value("VALID"));
	}

	@Test
	void shouldAnswer404ForUnknownCodesWithoutRevealingAnything() throws Exception {
		mvc.perform(get("/verify/42-2019-ZZZZZZZZ"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Không tìm thấy giấy chứng nhận")));
		mvc.perform(get("/verify/42-2019-ZZZZZZZZ").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.code").doesNotExist());
		mvc.perform(get("/verify/not-a-code")).andExpect(status().isNotFound());
		mvc.perform(get("/verify/42-2019-ZZZZZZZZ/photo")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/certificates/42-2019-ZZZZZZZZ").with(basic("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/certificates/42-2019-ZZZZZZZZ")).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldServeThePagesOfOfficersAndProducers() throws Exception {
		List<UUID> rated = products.rate(62, products.submitted(producer, "Dầu lạc Đức Lĩnh", DUC_LINH, null, false),
				products.submitted(producer, "Tương Đức Lĩnh", DUC_LINH, null, false));
		mvc.perform(get("/certification").with(as("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dầu lạc Đức Lĩnh")))
				.andExpect(content().string(containsString("Sản phẩm chờ cấp giấy chứng nhận")));
		// an officer sees only the products of the unit awaiting their decision
		mvc.perform(get("/certification").with(as("district-hs", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Dầu lạc Đức Lĩnh"))));

		// the office ticks both products and enters the decision once
		String number = "601/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/certification/issue").with(as("admin", "PROVINCE_ADMIN")).with(csrf())
				.param("productIds", rated.get(0).toString(), rated.get(1).toString())
				.param("decisionNumber", number).param("decisionDate", today.toString()).param("signer", "Đặng Ngọc Sơn"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("certFlash", containsString("Đã cấp 2 giấy chứng nhận")));
		String code = JsonPath.read(mvc.perform(get("/api/v1/certificates").param("q", "dau lac duc linh").with(basic("admin")))
				.andReturn().getResponse().getContentAsString(), "$[0].code");

		mvc.perform(get("/certification").header("HX-Request", "true").with(as("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(code)))
				.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get("/certification/" + code).with(as("district", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Cấp giấy chứng nhận")))
				.andExpect(content().string(not(containsString("revoke-panel"))));
		mvc.perform(get("/certification/" + code).with(as("producer-hs", "PRODUCER"))).andExpect(status().isForbidden());
		mvc.perform(get("/certification").with(as("producer", "PRODUCER")))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/certification/mine"));
		mvc.perform(get("/certification/mine").with(as("producer", "PRODUCER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(code)));
		mvc.perform(get("/certification/" + code + "/label.png").with(as("producer", "PRODUCER")))
				.andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));
		mvc.perform(get("/certification/" + code + "/pdf").with(as("producer", "PRODUCER")))
				.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));

		// revocation from the certificate page: the reason is required, asked for beside its field; nothing revoked
		mvc.perform(post("/certification/" + code + "/revoke").with(as("admin", "PROVINCE_ADMIN")).with(csrf())
				.param("decisionNumber", "R-" + number).param("decisionDate", today.toString()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
						"(?s).*id=\"reason-error\"[^>]*>Cần nêu lý do\\.</div>.*")))
				.andExpect(content().string(containsString("value=\"R-" + number + "\"")));
		mvc.perform(get("/verify/" + code)).andExpect(status().isOk());
		// recognition without a decision number: asked for beside it, nothing issued
		mvc.perform(post("/certification/issue").with(as("admin", "PROVINCE_ADMIN")).with(csrf())
				.param("productIds", rated.get(0).toString()).param("decisionNumber", " ")
				.param("decisionDate", today.toString()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"decisionNumber-error\"")));
		mvc.perform(post("/certification/" + code + "/revoke").with(as("admin", "PROVINCE_ADMIN")).with(csrf())
				.param("decisionNumber", "R-" + number).param("decisionDate", today.toString())
				.param("reason", "Ngừng sản xuất").param("groundCode", "PRODUCTION_STOPPED"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/verify/" + code)).andExpect(status().isGone());
		mvc.perform(get("/api/v1/products/" + rated.get(0)).with(basic("admin"))).andExpect(jsonPath("$.status").value("REVOKED"));
	}

	private org.springframework.test.web.servlet.RequestBuilder issue(UUID product, String number, LocalDate date,
			String user) {
		return post("/api/v1/certificates").with(basic(user)).contentType(MediaType.APPLICATION_JSON).content("""
				{"productId":"%s","decisionNumber":"%s","decisionDate":"%s","signer":"Đặng Ngọc Sơn"}"""
				.formatted(product, number, date));
	}

	private org.springframework.test.web.servlet.RequestBuilder bulkIssue(String number, LocalDate date, UUID... ids) {
		var list = new StringBuilder();
		for (UUID id : ids) {
			list.append(list.length() == 0 ? "" : ",").append('"').append(id).append('"');
		}
		return post("/api/v1/certificates/bulk").with(basic("admin")).contentType(MediaType.APPLICATION_JSON).content("""
				{"decisionNumber":"%s","decisionDate":"%s","signer":"Đặng Ngọc Sơn","productIds":[%s]}"""
				.formatted(number, date, list));
	}

	private String producerName(UUID product) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/products/" + product).with(basic("admin")))
				.andReturn().getResponse().getContentAsString(), "$.producerName");
	}

	private static String code(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.code");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

	@Test
	void verificationPagesRenderedAtOnceInTwoLanguagesEachGetTheirOwn() throws Exception {
		// unknown codes are rendered at every request: many at once, in both languages, must not share render state
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String lang = i % 2 == 0 ? "vi" : "en";
				String code = "KHONG-CO-" + i;
				answers.add(pool.submit(() -> {
					var response = mvc.perform(get("/verify/" + code).param("lang", lang)).andReturn().getResponse();
					return response.getStatus() + " " + lang + " "
							+ response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).contains("lang=\"" + lang + "\"");
				}));
			}
			for (int i = 0; i < answers.size(); i++) {
				assertThat(answers.get(i).get()).isEqualTo("404 " + (i % 2 == 0 ? "vi" : "en") + " true");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
		return httpBasic(user, PASSWORD);
	}
}
