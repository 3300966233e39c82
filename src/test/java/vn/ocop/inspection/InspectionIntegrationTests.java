package vn.ocop.inspection;

import vn.ocop.support.MonitoringFixtures;
import vn.ocop.support.MonitoringTest;
import vn.ocop.support.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.support.MonitoringFixtures.DUC_LINH;
import static vn.ocop.support.MonitoringFixtures.basic;
import static vn.ocop.support.MonitoringFixtures.page;
import static vn.ocop.support.MonitoringFixtures.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.RatedProducts;

/**
 * Inspections end to end on products certified through the real flow: a year's plan drafted, submitted and
 * approved, a planned inspection with the checklist, findings with photos and a conclusion; a proposed downgrade
 * decided by the office and applied to the certificate by the certification decision; a public complaint with a
 * photo from the verification page, the office's queue, an unplanned inspection opened from it ending in a
 * revocation that the public page shows at once; the limits of the public form.
 */
@MonitoringTest
class InspectionIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("monitoring");

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	MovableClock clock;

	RatedProducts products;

	@BeforeEach
	void setUp() {
		clock.reset();
		products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
	}

	@Test
	void shouldShowAnOfficerOnlyThePlanLinesOfTheirArea() throws Exception {
		// finding 8 of issue 15: the province plan (and its .xlsx) held other districts' producers for any officer
		String name = unique("HTX Kế hoạch Vũ Quang");
		UUID producer = products.producer(name, DUC_LINH, "producer");
		int year = 2021; // no other test plans a past year
		String planJson = mvc.perform(post("/api/v1/inspections/plans").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"year\":%d,\"title\":\"Kế hoạch %d\"}".formatted(year, year)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String plan = JsonPath.read(planJson, "$.id");
		mvc.perform(post("/api/v1/inspections/plans/" + plan + "/items").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"producerId\":\"%s\",\"month\":5}".formatted(producer)))
				.andExpect(status().isOk());

		mvc.perform(get("/api/v1/inspections/plans/" + plan).with(basic("district")))
				.andExpect(jsonPath("$.items[*].producerName", hasItem(name)));
		mvc.perform(get("/api/v1/inspections/plans/" + plan).with(basic("district-hs"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.items.length()").value(0));
		mvc.perform(get("/api/v1/inspections/plans").with(basic("district-hs")))
				.andExpect(jsonPath("$[?(@.id == '" + plan + "')].items.length()").value(hasItem(0)));
		for (String path : List.of("/api/v1/inspections/plans/" + plan + "/export.xlsx",
				"/monitoring/inspections/plans/" + plan + "/export.xlsx")) {
			var request = get(path);
			request.with(path.startsWith("/api") ? basic("district-hs") : page("district-hs", "DISTRICT_OFFICER"));
			byte[] xlsx = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			assertThat(cells(xlsx)).doesNotContain(name);
		}
		byte[] own = mvc.perform(get("/api/v1/inspections/plans/" + plan + "/export.xlsx").with(basic("district")))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(cells(own)).contains(name);
		mvc.perform(get("/monitoring/inspections/plans/" + plan).with(page("district-hs", "DISTRICT_OFFICER")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
	}

	private static String cells(byte[] xlsx) throws java.io.IOException {
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			StringBuilder text = new StringBuilder();
			book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|'))));
			return text.toString();
		}
	}

	@Test
	void shouldApproveAPlanAndApplyADecidedDowngradeThroughTheCertificationDecision() throws Exception {
		String name = unique("HTX Hậu kiểm");
		UUID producer = products.producer(name, DUC_LINH, "producer");
		UUID product = products.submitted(producer, "Cam hậu kiểm " + name, DUC_LINH, null, false);
		String code = products.certified(product, 75);
		int year = clock.today().getYear() + 1;

		// the plan: drafted, a line added, submitted, approved (locked); an unapproved plan schedules nothing
		String planJson = mvc.perform(post("/api/v1/inspections/plans").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year":%d,"title":"Kế hoạch hậu kiểm %d","agencies":"Chi cục QLCL","checklist":["OPERATIONS","LABELS_PACKAGING","FOOD_SAFETY_TESTS"]}"""
						.formatted(year, year)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
				.andReturn().getResponse().getContentAsString();
		String plan = JsonPath.read(planJson, "$.id");
		mvc.perform(post("/api/v1/inspections/plans").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":%d,\"title\":\"Trùng\"}".formatted(year))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inspections/plans/" + plan + "/submission").with(basic("admin")))
				.andExpect(status().isConflict());
		String withItem = mvc.perform(post("/api/v1/inspections/plans/" + plan + "/items").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"producerId\":\"%s\",\"productId\":\"%s\",\"month\":3}".formatted(producer, product)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
				.andReturn().getResponse().getContentAsString();
		String item = JsonPath.read(withItem, "$.items[0].id");
		mvc.perform(post("/api/v1/inspections").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"planItemId\":\"%s\",\"scheduledOn\":\"%s\",\"inspector\":\"inspector\"}"
						.formatted(item, clock.today())))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inspections/plans/" + plan + "/submission").with(basic("district")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/plans/" + plan + "/submission").with(basic("admin")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post("/api/v1/inspections/plans/" + plan + "/decision").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"note\":\"QĐ 12/QĐ-VPĐP\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(post("/api/v1/inspections/plans/" + plan + "/items").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"producerId\":\"%s\",\"month\":4}".formatted(producer)))
				.andExpect(status().isConflict());

		// the planned inspection: its certificate found from the product, the plan's checklist
		String inspectionJson = mvc.perform(post("/api/v1/inspections").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"planItemId\":\"%s\",\"scheduledOn\":\"%s\",\"inspector\":\"inspector\"}"
						.formatted(item, clock.today())))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.kind").value("PLANNED"))
				.andExpect(jsonPath("$.certificateCode").value(code))
				.andExpect(jsonPath("$.agencies").value("Chi cục QLCL"))
				.andExpect(jsonPath("$.checklist.length()").value(3))
				.andReturn().getResponse().getContentAsString();
		String inspection = JsonPath.read(inspectionJson, "$.id");
		mvc.perform(put("/api/v1/inspections/" + inspection + "/checklist").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"checks":[{"item":"OPERATIONS","result":"PASS"},
						           {"item":"LABELS_PACKAGING","result":"FAIL","note":"Nhãn thiếu hạn sử dụng"}]}"""))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.checklist[?(@.item == 'LABELS_PACKAGING')].result").value(hasItem("FAIL")));
		mvc.perform(put("/api/v1/inspections/" + inspection + "/checklist").with(basic("district"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"checks\":[{\"item\":\"OPERATIONS\",\"result\":\"FAIL\"}]}"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/" + inspection + "/findings").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"item":"LABELS_PACKAGING","description":"Nhãn không ghi hạn sử dụng","sanction":"DOWNGRADE","starsDown":3}"""))
				.andExpect(status().isBadRequest());
		String finding = JsonPath.read(mvc.perform(post("/api/v1/inspections/" + inspection + "/findings").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"item":"LABELS_PACKAGING","description":"Nhãn không ghi hạn sử dụng","sanction":"DOWNGRADE","starsDown":1}"""))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.sanctionStatus").value("PROPOSED"))
				.andReturn().getResponse().getContentAsString(), "$.id");
		String photoLink = JsonPath.read(mvc.perform(multipart("/api/v1/inspections/" + inspection + "/findings/" + finding + "/photos")
				.file(new MockMultipartFile("file", "nhan.jpg", "image/jpeg", MonitoringFixtures.jpeg())).with(basic("inspector")))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.photos[0]");
		mvc.perform(get(photoLink).with(basic("admin"))).andExpect(status().isOk())
				.andExpect(content().contentType("image/jpeg"));
		mvc.perform(multipart("/api/v1/inspections/" + inspection + "/findings/" + finding + "/photos")
				.file(new MockMultipartFile("file", "anh.jpg", "image/jpeg", "không phải ảnh".getBytes())).with(basic("inspector")))
				.andExpect(status().isUnprocessableContent());
		// before the conclusion nothing is decided
		mvc.perform(post("/api/v1/inspections/findings/" + finding + "/decision").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content(decision(true, "55/QĐ-UBND")))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inspections/" + inspection + "/conclusion").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"Vi phạm quy định ghi nhãn; đề nghị hạ 1 sao.\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONCLUDED"));
		mvc.perform(post("/api/v1/inspections/" + inspection + "/findings").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"Muộn\"}"))
				.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/inspections/awaiting-decision").with(basic("admin")))
				.andExpect(jsonPath("$[*].id").value(hasItem(inspection)));
		// the office is told of the proposal after the conclusion commits, by InspectionNotices
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> mvc
				.perform(get("/api/v1/notifications").with(basic("admin")))
				.andExpect(jsonPath("$[?(@.topic == 'monitoring.sanction-proposed')].text").value(hasItem(containsString(name)))));

		// the office decides: the certificate goes from 4★ to 3★ by the certification decision
		mvc.perform(post("/api/v1/inspections/findings/" + finding + "/decision").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content(decision(true, "55/QĐ-UBND")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/findings/" + finding + "/decision").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"follow\":true}"))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("decisionNumber")));
		String number = "H" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
		mvc.perform(post("/api/v1/inspections/findings/" + finding + "/decision").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content(decision(true, number)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.sanctionStatus").value("DECIDED"))
				.andExpect(jsonPath("$.decisionNumber").value(number));
		mvc.perform(get("/api/v1/certificates/" + code).with(basic("admin")))
				.andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.issuedStars").value(4))
				.andExpect(jsonPath("$.status").value("DOWNGRADED"));
		mvc.perform(get("/api/v1/certificates/" + code + "/history").with(basic("admin")))
				.andExpect(jsonPath("$[*].decision.number").value(hasItem(number)));
		mvc.perform(post("/api/v1/inspections/findings/" + finding + "/decision").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content(decision(true, number)))
				.andExpect(status().isConflict());

		// the pages and the export
		mvc.perform(get("/monitoring/inspections/" + inspection).with(page("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Nhãn không ghi hạn sử dụng")));
		mvc.perform(get("/monitoring/inspections").param("year", String.valueOf(clock.today().getYear()))
				.with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(containsString(name)));
		mvc.perform(get("/monitoring/inspections").with(page("inspector", "INSPECTOR"))).andExpect(status().isOk());
		mvc.perform(get("/monitoring/inspections/plans/" + plan).with(page("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk()).andExpect(content().string(containsString(name)));
		byte[] xlsx = mvc.perform(get("/api/v1/inspections/export.xlsx").param("year", String.valueOf(clock.today().getYear()))
				.with(basic("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(xlsx.length).isGreaterThan(1000);
	}

	@Test
	void shouldLetAnInspectorStartAnUnplannedInspectionOfTheirOwnInTheirArea() throws Exception {
		String name = unique("HTX Đột xuất");
		UUID producer = products.producer(name, DUC_LINH, null);
		String body = "{\"producerId\":\"%s\",\"scheduledOn\":\"%s\"%s}";
		// in the field: the inspector opens it, it is theirs, and the office is told
		String opened = mvc.perform(post("/api/v1/inspections").with(basic("inspector")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(producer, clock.today(), "")))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("UNPLANNED"))
				.andExpect(jsonPath("$.inspector").value("inspector")).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(opened, "$.id");
		mvc.perform(get("/api/v1/inspections/" + id).with(basic("inspector"))).andExpect(status().isOk());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> mvc
				.perform(get("/api/v1/notifications").with(basic("admin")))
				.andExpect(jsonPath("$[?(@.topic == 'monitoring.inspection-self-opened')].text")
						.value(hasItem(containsString(name)))));
		// not for someone else, not a line of the plan, not outside their area; other roles not at all
		mvc.perform(post("/api/v1/inspections").with(basic("inspector")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(producer, clock.today(), ",\"inspector\":\"admin\"")))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/inspections").with(basic("inspector")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"planItemId\":\"%s\",\"scheduledOn\":\"%s\"}".formatted(UUID.randomUUID(), clock.today())))
				.andExpect(status().isForbidden());
		String local = "kt-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").with(basic("admin")).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"%s","displayName":"Cán bộ kiểm tra xã","password":"mat-khau-dai","roles":["INSPECTOR"],
				 "unitCode":"18331"}""".formatted(local))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/inspections").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(local, "mat-khau-dai")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(producer, clock.today(), ""))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections").with(basic("district")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(producer, clock.today(), ""))).andExpect(status().isForbidden());
		// the page offers the inspector the form, without choosing someone else
		mvc.perform(get("/monitoring/inspections").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("inspector").roles("INSPECTOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"open-unplanned\"")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"ou-inspector\""))));
	}

	@Test
	void shouldTakeAPublicComplaintToAnInspectionThatRevokesTheCertificate() throws Exception {
		String name = unique("HTX Phản ánh");
		UUID producer = products.producer(name, DUC_LINH, "producer");
		UUID product = products.submitted(producer, "Mật ong " + name, DUC_LINH, null, false);
		String code = products.certified(product, 62);

		// the public page links to the form, which is open to anyone and carries the CSRF token
		mvc.perform(get("/verify/" + code)).andExpect(status().isOk())
				.andExpect(content().string(containsString("/complaints/new?code=" + code)));
		mvc.perform(get("/complaints/new").param("code", code)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Mật ong " + name)))
				.andExpect(content().string(containsString("_csrf")));
		mvc.perform(get("/complaints/new").param("code", "42-2019-KHONGCO")).andExpect(status().isNotFound());
		mvc.perform(multipart("/complaints").file(new MockMultipartFile("photo", "a.jpg", "image/jpeg", MonitoringFixtures.jpeg()))
				.param("code", code).param("description", "Sản phẩm có mùi lạ, bao bì phồng.")).andExpect(status().isForbidden());
		String description = "Sản phẩm có mùi lạ, bao bì phồng " + name;
		mvc.perform(multipart("/complaints").file(new MockMultipartFile("photo", "a.jpg", "image/jpeg", MonitoringFixtures.jpeg()))
				.param("code", code).param("description", description).param("reporterName", "Nguyễn Văn An")
				.with(csrf()).with(r -> { r.setRemoteAddr("10.1.1.1"); return r; }))
				.andExpect(status().isOk()).andExpect(content().string(containsString("complaint-sent")));
		mvc.perform(multipart("/complaints").file(new MockMultipartFile("photo", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
				.param("code", code).param("description", "Một phản ánh có tệp không phải ảnh")
				.with(csrf()).with(r -> { r.setRemoteAddr("10.1.1.2"); return r; }))
				.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("JPEG")))
				// the kind sent in words, never a MIME type (issue 16)
				.andExpect(content().string(containsString("tệp gửi lên là tệp PDF")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("application/pdf"))));

		// the queue: office and inspectors, not others
		mvc.perform(get("/api/v1/inspections/complaints").with(basic("district"))).andExpect(status().isForbidden());
		String queue = mvc.perform(get("/api/v1/inspections/complaints").param("status", "NEW").with(basic("inspector")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(queue, "$[?(@.description == '" + description + "')].id");
		assertThat(ids).hasSize(1);
		String complaint = ids.get(0);
		mvc.perform(get("/api/v1/inspections/complaints/" + complaint + "/photo").with(basic("admin")))
				.andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
		mvc.perform(get("/monitoring/complaints").with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(containsString(description)));

		// an unplanned inspection from it, ending in a revocation decided by the office
		String inspection = JsonPath.read(mvc.perform(post("/api/v1/inspections/complaints/" + complaint + "/inspection")
				.with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheduledOn\":\"%s\",\"inspector\":\"inspector\"}".formatted(clock.today())))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("UNPLANNED"))
				.andExpect(jsonPath("$.certificateCode").value(code))
				.andExpect(jsonPath("$.complaintId").value(complaint))
				.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/inspections/complaints/" + complaint + "/inspection").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheduledOn\":\"%s\",\"inspector\":\"inspector\"}".formatted(clock.today())))
				.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/inspections/complaints/" + complaint).with(basic("admin")))
				.andExpect(jsonPath("$.status").value("INSPECTION_OPENED")).andExpect(jsonPath("$.inspectionId").value(inspection));
		String finding = JsonPath.read(mvc.perform(post("/api/v1/inspections/" + inspection + "/findings").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"item":"FOOD_SAFETY_TESTS","description":"Mẫu kiểm nghiệm không đạt chỉ tiêu vi sinh","sanction":"REVOCATION"}"""))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/inspections/" + inspection + "/conclusion").with(basic("inspector"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"Sản phẩm không bảo đảm an toàn thực phẩm.\"}"))
				.andExpect(status().isOk());
		String number = "T" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
		mvc.perform(post("/api/v1/inspections/findings/" + finding + "/decision").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content(decision(true, number)))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/certificates/" + code).with(basic("admin"))).andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(get("/api/v1/products/" + product).with(basic("admin"))).andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(get("/verify/" + code)).andExpect(content().string(containsString(number)));
		// told after the decision commits, by InspectionNotices
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> mvc
				.perform(get("/api/v1/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.topic == 'monitoring.sanction-decided')].text").value(hasItem(containsString(code)))));
	}

	@Test
	void shouldLimitPublicComplaintsPerClientAndHour() throws Exception {
		UUID producer = products.producer(unique("HTX Giới hạn"), DUC_LINH, null);
		String code = products.certified(products.submitted(producer, unique("Nước mắm"), DUC_LINH, null, false), 62);
		String address = "10.9." + (int) (Math.random() * 200) + ".7";
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/complaints").param("code", code).param("description", "Phản ánh thử số " + i + " về sản phẩm")
					.with(csrf()).with(r -> { r.setRemoteAddr(address); return r; }))
					.andExpect(status().isOk());
		}
		mvc.perform(post("/complaints").param("code", code).param("description", "Phản ánh thứ sáu trong một giờ")
				.with(csrf()).with(r -> { r.setRemoteAddr(address); return r; }))
				.andExpect(status().isTooManyRequests());
		mvc.perform(post("/complaints").param("code", code).param("description", "ngắn")
				.with(csrf()).with(r -> { r.setRemoteAddr("10.8.8.8"); return r; }))
				.andExpect(status().isUnprocessableContent());
	}

	private String decision(boolean follow, String number) {
		return """
				{"follow":%s,"decisionNumber":"%s","decisionDate":"%s","signer":"Trần Báu Hà",
				 "legalBasis":"Quyết định 843/QĐ-UBND ngày 04/02/2021"}""".formatted(follow, number, LocalDate.now(MovableClock.ZONE));
	}
}
