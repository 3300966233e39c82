package vn.ocop.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.registry.CycleStatus;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerDetails;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;

/**
 * The registry pages with the demo accounts: who sees which page, the htmx fragments, the registration form and
 * its errors, dossier uploads, selection and the funnel.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryPagesIntegrationTests {

	/** A cycle whose registration day (10 March) lies in the two-tier structure: Đức Lĩnh is in Vũ Quang. */
	static final int YEAR = 2021;
	static final String REGULATION = "1048/QĐ-TTg";
	static final String DUC_LINH = "18322";

	/** The smallest valid PNG: a 1×1 transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CriteriaApi criteria;

	String productSet;

	ProducerSummary producer;

	@BeforeEach
	void openCycleAndRegisterAProducer() {
		as("admin", () -> {
			var existing = registry.cycles().stream().filter(c -> c.year() == YEAR).findFirst();
			if (existing.isEmpty()) {
				registry.openCycle(YEAR, REGULATION, null);
			}
			else if (existing.get().status() == CycleStatus.CLOSED) {
				registry.reopenCycle(YEAR);
			}
			productSet = criteria.productSets(registry.cycle(YEAR).regulationCode()).get(0).code();
			producer = registry.createProducer(ProducerDetails.basic("HTX Cam " + UUID.randomUUID().toString().substring(0, 6),
					LegalForm.COOPERATIVE, randomNumber(), DUC_LINH, "Nguyễn Văn Cam", "0912345678", null));
			return null;
		});
	}

	@Test
	void shouldShowEachPageToTheRightRolesOnly() throws Exception {
		var product = register("Cam bù Vũ Quang");
		for (String path : List.of("/registry/products", "/registry/producers", "/registry/cycles", "/registry/selection",
				"/registry/products/new", "/registry/producers/new", "/registry/cycles/" + YEAR,
				"/registry/products/" + product.id(), "/registry/products/" + product.id() + "/edit",
				"/registry/producers/" + producer.id(), "/registry/producers/" + producer.id() + "/edit")) {
			mvc.perform(get(path).with(admin())).andExpect(status().isOk())
					.andExpect(content().string(containsString("<html")));
		}
		// the list puts the newest cycles first, 25 to a page: the 2021 product is found by its cycle
		mvc.perform(get("/registry/products").param("cycleYear", String.valueOf(YEAR)).with(as("district", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Cam bù Vũ Quang")));
		mvc.perform(get("/registry/products").with(as("council1", "COUNCIL_MEMBER"))).andExpect(status().isOk());
		mvc.perform(get("/registry/products").with(as("editor", "EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/registry/producers").with(as("council1", "COUNCIL_MEMBER"))).andExpect(status().isForbidden());
		mvc.perform(get("/registry/selection").with(as("producer", "PRODUCER"))).andExpect(status().isForbidden());
		mvc.perform(get("/registry/selection").with(as("commune", "COMMUNE_OFFICER"))).andExpect(status().isOk());
		mvc.perform(get("/registry/cycles").with(as("producer", "PRODUCER"))).andExpect(status().isForbidden());
		mvc.perform(get("/registry/cycles/" + YEAR).with(as("commune", "COMMUNE_OFFICER"))).andExpect(status().isOk());
		mvc.perform(post("/registry/cycles").with(as("district", "DISTRICT_OFFICER")).with(csrf())
				.param("year", "2099").param("regulationCode", REGULATION)).andExpect(status().isForbidden());
		mvc.perform(get("/registry/products/new").with(as("council1", "COUNCIL_MEMBER"))).andExpect(status().isForbidden());
		// the menu offers the pages
		mvc.perform(get("/registry/products").with(admin()))
				.andExpect(content().string(allOf(containsString("href=\"/registry/cycles\""),
						containsString("href=\"/registry/selection\""), containsString("href=\"/registry/producers\""))));
	}

	@Test
	void shouldKeepAHuongSonOfficerAwayFromAVuQuangProduct() throws Exception {
		var product = register("Nấm hương Đức Lĩnh");
		mvc.perform(get("/registry/products/" + product.id()).with(as("district", "DISTRICT_OFFICER")))
				.andExpect(status().isOk());
		mvc.perform(get("/registry/products/" + product.id()).with(as("district-hs", "DISTRICT_OFFICER")))
				.andExpect(status().isForbidden());
		mvc.perform(get("/registry/products").with(as("district-hs", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Nấm hương Đức Lĩnh"))));
	}

	@Test
	void shouldRefreshOnlyTheResultsForHtmx() throws Exception {
		register("Mật ong Vũ Quang");
		mvc.perform(get("/registry/products").param("q", "mật ong").param("cycleYear", String.valueOf(YEAR))
						.header("HX-Request", "true").with(admin()))
				.andExpect(status().isOk())
				.andExpect(header().string("Vary", containsString("HX-Request")))
				.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"product-results\""),
						containsString("Mật ong Vũ Quang"), containsString("/registry/products/export.xlsx?q="))));
		mvc.perform(get("/registry/producers").param("legalForm", "COOPERATIVE").header("HX-Request", "true").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"producer-results\""),
						containsString("/registry/producers/export.xlsx?legalForm=COOPERATIVE"))));
		mvc.perform(get("/registry/selection").param("cycleYear", String.valueOf(YEAR)).header("HX-Request", "true").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"selection-results\""))));
		// a filter value that does not convert is reported, not a failure
		mvc.perform(get("/registry/products").param("status", "NO_SUCH_STATUS").param("cycleYear", "abc").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Bộ lọc &quot;Trạng thái&quot; có giá trị không hợp lệ")));
	}

	@Test
	void shouldRegisterAProductThroughTheForm() throws Exception {
		mvc.perform(get("/registry/products/new").param("producerId", producer.id().toString()).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("value=\"" + producer.id() + "\" selected"),
						// a dossier filed today is scored under the rules in force: the form offers 26/2026's sets
						containsString("value=\"26-2026-01\""))));
		var result = mvc.perform(post("/registry/products/new").with(admin()).with(csrf())
						.param("producerId", producer.id().toString()).param("cycleYear", String.valueOf(YEAR))
						.param("registrationType", "EXISTING_PRODUCT").param("name", "Cam Khe Mây")
						.param("productSetCode", productSet).param("communeCode", DUC_LINH)
						.param("priceVnd", "120.000").param("gtin", "8934567890123").param("description", "Cam ngọt"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/registry/products/*"))
				.andExpect(flash().attribute("flash", "registry.page.product.registered"))
				.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		var product = as("admin", () -> registry.product(id));
		assertThat(product.name()).isEqualTo("Cam Khe Mây");
		assertThat(product.priceVnd()).isEqualTo(120_000L);
		assertThat(product.status()).isEqualTo(ProductStatus.IDEA_REGISTERED);
		mvc.perform(get(location).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Cam Khe Mây"), containsString("120.000 ₫"),
						containsString("Còn thiếu:"), containsString("Phiếu đăng ký sản phẩm"),
						containsString("/audit/history?type=Product&amp;id=" + id))));
		// the fields that depend on the cycle, for htmx
		mvc.perform(get("/registry/products/form-fields").param("cycleYear", String.valueOf(YEAR))
						.param("producerId", producer.id().toString()).param("changed", "producer").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"cycle-fields\""),
						containsString("value=\"" + DUC_LINH + "\" selected"))));
		// and edited
		mvc.perform(post(location + "/edit").with(admin()).with(csrf())
						.param("registrationType", "EXISTING_PRODUCT").param("name", "Cam Khe Mây loại 1")
						.param("productSetCode", productSet).param("communeCode", DUC_LINH))
				.andExpect(redirectedUrl(location));
		assertThat(as("admin", () -> registry.product(id)).name()).isEqualTo("Cam Khe Mây loại 1");
	}

	@Test
	void shouldExplainEveryBadFieldInVietnameseAndKeepWhatWasTyped() throws Exception {
		mvc.perform(post("/registry/products/new").with(admin()).with(csrf())
						.param("producerId", producer.id().toString()).param("cycleYear", String.valueOf(YEAR))
						.param("registrationType", "NEW_PRODUCT").param("name", " ")
						.param("productSetCode", productSet).param("communeCode", DUC_LINH)
						.param("priceVnd", "một trăm").param("gtin", "12").param("description", "Mo ta 42 da nhap"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Tên sản phẩm: không được để trống"),
						containsString("Mã số mã vạch (GTIN): phải có 8, 12, 13 hoặc 14 chữ số"),
						containsString("Giá bán (VND): phải là số tiền"),
						containsString(">Mo ta 42 da nhap</textarea>"), containsString("value=\"một trăm\""))));
		// a business rule refusal lands on its field
		mvc.perform(post("/registry/products/new").with(admin()).with(csrf())
						.param("producerId", producer.id().toString()).param("cycleYear", String.valueOf(YEAR))
						.param("registrationType", "NEW_PRODUCT").param("name", "Sản phẩm thử")
						.param("productSetCode", "KHONG-CO").param("communeCode", "99999"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("không thuộc danh mục của văn bản"),
						containsString("value=\"Sản phẩm thử\""))));
		mvc.perform(post("/registry/products/new").with(admin()).with(csrf())
						.param("producerId", producer.id().toString()).param("cycleYear", String.valueOf(YEAR))
						.param("registrationType", "NEW_PRODUCT").param("name", "Sản phẩm thử")
						.param("productSetCode", productSet).param("communeCode", "99999"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Không có đơn vị hành chính mã 99999")));
		// in English on request
		mvc.perform(post("/registry/products/new").param("lang", "en").with(admin()).with(csrf())
						.param("producerId", producer.id().toString()).param("cycleYear", String.valueOf(YEAR))
						.param("registrationType", "NEW_PRODUCT").param("productSetCode", productSet).param("communeCode", DUC_LINH))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Product name: must not be blank")));
		// the producer form too
		mvc.perform(post("/registry/producers/new").with(admin()).with(csrf())
						.param("name", "HTX thử").param("legalForm", "COOPERATIVE").param("registrationNumber", "12345")
						.param("communeCode", DUC_LINH).param("phone", "12").param("workers", "3").param("womenWorkers", "5"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(
						containsString("Mã số doanh nghiệp / mã số thuế: phải có 10 chữ số, hoặc 13 chữ số"),
						containsString("Điện thoại: không phải số điện thoại Việt Nam hợp lệ"),
						containsString("Lao động nữ: không được lớn hơn tổng số lao động (3)"),
						containsString("value=\"HTX thử\""))));
		mvc.perform(post("/registry/producers/new").with(admin()).with(csrf())
						.param("name", "HTX trùng").param("legalForm", "COOPERATIVE")
						.param("registrationNumber", producer.registrationNumber()).param("communeCode", DUC_LINH))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Đã có chủ thể với mã số")));
	}

	@Test
	void shouldRegisterAProducerThroughTheForm() throws Exception {
		String number = randomNumber();
		var result = mvc.perform(post("/registry/producers/new").with(as("district", "DISTRICT_OFFICER")).with(csrf())
						.param("name", "Tổ hợp tác chè Hương Minh").param("legalForm", "COOPERATIVE_GROUP")
						.param("registrationNumber", number).param("registrationDate", "2018-05-02")
						.param("communeCode", "18316").param("phone", "0912 345 678").param("workers", "12")
						.param("womenWorkers", "7").param("newlyFounded", "true"))
				.andExpect(status().is3xxRedirection())
				.andReturn();
		mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as("district", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Tổ hợp tác chè Hương Minh"), containsString("02/05/2018"),
						containsString("0912345678"), containsString("Đăng ký sản phẩm"))));
	}

	@Test
	void shouldAcceptAPngAndRefuseATextPretendingToBeAPdf() throws Exception {
		var product = register("Ảnh sản phẩm thử");
		mvc.perform(multipart("/registry/products/" + product.id() + "/documents")
						.file(new MockMultipartFile("file", "anh-san-pham.png", "image/png", PNG))
						.param("type", "PRODUCT_PHOTO").with(admin()).with(csrf()))
				.andExpect(redirectedUrl("/registry/products/" + product.id() + "#dossier"))
				.andExpect(flash().attribute("uploadSuccess", containsString("anh-san-pham.png")));
		var dossier = as("admin", () -> registry.dossier(product.id()));
		assertThat(dossier.current()).extracting(d -> d.typeCode()).contains("PRODUCT_PHOTO");
		var document = dossier.current().get(0);
		mvc.perform(get("/registry/products/" + product.id()).with(admin()))
				.andExpect(content().string(allOf(containsString("anh-san-pham.png"),
						containsString("/registry/products/" + product.id() + "/documents/" + document.id()))));
		mvc.perform(get("/registry/products/" + product.id() + "/documents/" + document.id()).with(admin()))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"))
				.andExpect(content().bytes(PNG));

		mvc.perform(multipart("/registry/products/" + product.id() + "/documents")
						.file(new MockMultipartFile("file", "ho-so.pdf", "application/pdf", "Đây không phải PDF".getBytes()))
						.param("type", "BUSINESS_PLAN").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("aria-describedby=\"file-error\""),
						containsString("id=\"file-error\">Chỉ nhận tệp PDF, JPEG hoặc PNG"))));
		assertThat(as("admin", () -> registry.dossier(product.id())).current()).extracting(d -> d.typeCode())
				.containsExactly("PRODUCT_PHOTO");
	}

	@Test
	void shouldSelectAndRejectFromTheSelectionDesk() throws Exception {
		var chosen = register("Cam chọn");
		var refused = register("Cam không chọn");
		mvc.perform(get("/registry/selection").param("cycleYear", String.valueOf(YEAR)).with(as("district", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Cam chọn"), containsString("Cam không chọn"),
						containsString("Đã quá hạn"), containsString("hạn 10/03/" + YEAR))));
		// without htmx a refused decision shows the desk again with the error beside the row's reason
		mvc.perform(post("/registry/selection/" + refused.id()).param("decision", "reject").param("reason", " ")
						.param("cycleYear", String.valueOf(YEAR)).with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("<html"), containsString("Cam chọn"),
						containsString("id=\"reason-error-" + refused.id() + "\">Cần ghi rõ lý do."))));
		assertThat(as("admin", () -> registry.product(refused.id())).status()).isEqualTo(ProductStatus.IDEA_REGISTERED);
		// a rejection needs a reason: the row comes back with the error
		mvc.perform(post("/registry/selection/" + refused.id()).param("decision", "reject").param("reason", " ")
						.header("HX-Request", "true").with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(not(containsString("<html")), containsString("Cần ghi rõ lý do"),
						containsString("id=\"row-" + refused.id() + "\""))));
		mvc.perform(post("/registry/selection/" + refused.id()).param("decision", "reject").param("reason", "Chưa có vùng nguyên liệu")
						.header("HX-Request", "true").with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Không được lựa chọn")));
		mvc.perform(post("/registry/selection/" + chosen.id()).param("decision", "select")
						.header("HX-Request", "true").with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Được lựa chọn")));
		assertThat(as("admin", () -> registry.product(chosen.id())).status()).isEqualTo(ProductStatus.SELECTED);
		assertThat(as("admin", () -> registry.product(refused.id())).status()).isEqualTo(ProductStatus.NOT_SELECTED);

		// the timeline tells who (by full name, issue 16) and why
		mvc.perform(get("/registry/products/" + refused.id()).with(admin()))
				.andExpect(content().string(allOf(containsString("Chưa có vùng nguyên liệu"),
						containsString("Nguyễn Thị Hà (Phòng NN&amp;PTNT huyện Vũ Quang)"), not(containsString(">district<")))));
		// deciding twice is a conflict shown on the product page, not an error page
		mvc.perform(post("/registry/products/" + refused.id() + "/selection").param("decision", "select")
						.with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Không thể chuyển sản phẩm từ trạng thái Không được lựa chọn")));
		assertThat(as("admin", () -> registry.product(refused.id())).status()).isEqualTo(ProductStatus.NOT_SELECTED);
		// filing and withdrawing ask first and say what follows (issue 16)
		mvc.perform(get("/registry/products/" + chosen.id()).with(admin()))
				.andExpect(content().string(allOf(containsString("data-confirm=\"Nộp hồ sơ để đánh giá?"),
						containsString("data-confirm=\"Rút sản phẩm khỏi chu trình năm nay?"))));
		// submitting an incomplete dossier lists what is missing
		mvc.perform(post("/registry/products/" + chosen.id() + "/submission").with(admin()).with(csrf()))
				.andExpect(redirectedUrl("/registry/products/" + chosen.id()))
				.andExpect(flash().attribute("missingDocuments", hasItem(containsString("Phiếu đăng ký sản phẩm"))));
		// the commune officer (no district level in 2021) does not select Vũ Quang products
		mvc.perform(get("/registry/selection").param("cycleYear", String.valueOf(YEAR)).with(as("producer", "PRODUCER")))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldShowABadInputOfTheProductPageFormsBesideItsFieldAndChangeNothing() throws Exception {
		var product = register("Cam biểu mẫu sai");
		String page = "/registry/products/" + product.id();
		mvc.perform(post(page + "/selection").param("decision", "reject").param("reason", " ")
						.with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("aria-describedby=\"reason-error\""),
						containsString("id=\"reason-error\">Cần ghi rõ lý do."))));
		mvc.perform(post(page + "/selection").param("decision", "maybe").with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"decision-error\"")));
		mvc.perform(post(page + "/withdrawal").param("reason", "x".repeat(2001)).with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("aria-describedby=\"reason-error\""),
						containsString("id=\"reason-error\""))));
		assertThat(as("admin", () -> registry.product(product.id())).status()).isEqualTo(ProductStatus.IDEA_REGISTERED);
		// a good decision still goes back to the page with the same message
		mvc.perform(post(page + "/selection").param("decision", "select").with(as("district", "DISTRICT_OFFICER")).with(csrf()))
				.andExpect(redirectedUrl(page))
				.andExpect(flash().attribute("flash", "registry.page.selection.selected"));
	}

	@Test
	void shouldShowABadAccountBesideTheUsernameAndLinkNothing() throws Exception {
		String page = "/registry/producers/" + producer.id();
		mvc.perform(post(page + "/accounts").param("username", "a b").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("aria-describedby=\"username-error\""),
						containsString("id=\"username-error\">Tên đăng nhập phải có từ 3 đến 64 ký tự"),
						containsString("value=\"a b\""))));
		mvc.perform(post(page + "/accounts").param("username", "khong-co-tai-khoan").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"username-error\">Không tìm thấy tài khoản khong-co-tai-khoan.")));
		assertThat(as("admin", () -> registry.producer(producer.id())).accounts()).isEmpty();
	}

	@Test
	void shouldShowTheFunnelWithDrillDownLinks() throws Exception {
		var product = register("Cam phễu");
		as("admin", () -> registry.decideSelection(product.id(), true, null));
		mvc.perform(get("/registry/cycles/" + YEAR).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Huyện Vũ Quang"),
						containsString("/registry/products?cycleYear=" + YEAR + "&amp;unitCode=441&amp;reachedStage=1"),
						containsString("progress-bar"), containsString("Lưu lịch"))));
		mvc.perform(get("/registry/products").param("cycleYear", String.valueOf(YEAR)).param("unitCode", "441")
						.param("reachedStage", "1").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Cam phễu"), not(containsString("Cam không chọn")))));
		mvc.perform(get("/registry/cycles/" + YEAR).with(as("district", "DISTRICT_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Huyện Vũ Quang"), not(containsString("Lưu lịch")))));
	}

	@Test
	void shouldRefuseToOpenAYearTwiceOnTheYearField() throws Exception {
		mvc.perform(post("/registry/cycles").with(admin()).with(csrf())
						.param("year", String.valueOf(YEAR)).param("regulationCode", REGULATION))
				.andExpect(status().isConflict())
				.andExpect(content().string(allOf(containsString("Năm: Chu trình năm " + YEAR + " đã được mở."),
						containsString("is-invalid"))));
		mvc.perform(post("/registry/cycles").with(admin()).with(csrf()).param("year", "1990").param("regulationCode", REGULATION))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Năm: phải từ năm 2018 trở về sau")));
		mvc.perform(post("/registry/cycles/" + YEAR + "/schedule").with(admin()).with(csrf())
						.param("phases[0].phase", "SELECTION").param("phases[0].startsOn", YEAR + "-03-10")
						.param("phases[0].deadline", YEAR + "-01-10"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("hạn cuối không được trước ngày bắt đầu")));
	}

	// ------------------------------------------------------------------ helpers

	private ProductSummary register(String name) {
		return as("admin", () -> registry.registerProduct(producer.id(),
				ProductDetails.basic(name, productSet, DUC_LINH, "Mô tả " + name), YEAR));
	}

	private static RequestPostProcessor admin() {
		return as("admin", "PROVINCE_ADMIN");
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

	private static <T> T as(String username, Supplier<T> action) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.NO_AUTHORITIES));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static String randomNumber() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
	}
}
