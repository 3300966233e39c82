package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.support.MovableClock;
import vn.ocop.support.RegistryFixtures;

/**
 * Scorecards written by the provincial office: one for a 26/2026 product set that has none ("Hoa", 26-2026-23) is
 * written as a draft, refused while it breaks rules, published, and a product of that set is registered, filed, put
 * before a council, scored on it and ranked by its bands and star minimums; a new version published while a session
 * scores on the old one leaves that session on the old version, and a session opened after it gets the new one.
 */
@SpringBootTest(properties = "ocop.certification.expiry-job=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class AuthoredScorecardIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String COMMUNE = "18322";
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	MovableClock clock;

	@Autowired
	ScorecardUseBackfill backfill;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/**
	 * A small scorecard of a 26/2026 set: A 40 (A1.1 0/10/20 with 20 marked for 4★, A1.2 0/20), B 25, C 35. In
	 * version 2 the marked criterion is worth 0/15/25 and the other 0/15.
	 */
	static String document(String set, String name, int version) {
		int[] a11 = version == 1 ? new int[] { 0, 10, 20 } : new int[] { 0, 15, 25 };
		int a12 = version == 1 ? 20 : 15;
		return """
				{"format":"ocop-criteria/1",
				 "regulation":{"code":"26/2026/QĐ-TTg","title":"Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP","date":"2026-05-22"},
				 "productSet":{"code":"%s","name":"%s"},
				 "parts":[
				  {"code":"A","name":"Sản phẩm và sức mạnh cộng đồng","maxPoints":40,"groups":[
				   {"code":"A1","name":"Tổ chức sản xuất","criteria":[
				    {"code":"A1.1","name":"Nguồn nguyên liệu","mandatory":true,"options":[
				     {"code":1,"text":"Không rõ nguồn gốc","points":%d},
				     {"code":2,"text":"Trong tỉnh","points":%d},
				     {"code":3,"text":"Vùng nguyên liệu đạt chuẩn","points":%d,"minimumForStars":4}]},
				    {"code":"A1.2","name":"Liên kết sản xuất","options":[
				     {"code":1,"text":"Không liên kết","points":0},
				     {"code":2,"text":"Có hợp đồng liên kết","points":%d}]}]}]},
				  {"code":"B","name":"Khả năng tiếp thị","maxPoints":25,"groups":[
				   {"code":"B1","name":"Tiếp thị","criteria":[
				    {"code":"B1.1","name":"Kênh phân phối","options":[
				     {"code":1,"text":"Trong xã","points":0},{"code":2,"text":"Ngoài tỉnh","points":25}]}]}]},
				  {"code":"C","name":"Chất lượng sản phẩm","maxPoints":35,"groups":[
				   {"code":"C1","name":"Cảm quan","criteria":[
				    {"code":"C1.1","name":"Màu sắc, độ tươi","options":[
				     {"code":1,"text":"Kém","points":0},{"code":2,"text":"Đặc trưng","points":35}]}]}]}],
				 "starBands":[{"stars":5,"minScore":90},{"stars":4,"minScore":70},{"stars":3,"minScore":50},
				              {"stars":2,"minScore":30},{"stars":1,"minScore":0}]}"""
				.formatted(set, name, a11[0], a11[1], a11[2], 40 - a11[2]);
	}

	@Test
	void shouldScoreAProductOnAScorecardWrittenInTheApplication() throws Exception {
		clock.moveTo(LocalDate.of(2026, 6, 10));
		ensureCycle2025();
		// the set has no scorecard: a draft starts with the regulation's parts and nothing in them
		assertThat(criteria.scorecardFor("148-23", "26/2026/QĐ-TTg")).isEmpty();
		String body = mvc.perform(post("/api/v1/criteria-sets/drafts").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"productSetCode\":\"26-2026-23\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.nextVersion").value(1))
				.andExpect(jsonPath("$.document.regulation.code").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.document.parts[*].maxPoints").value(org.hamcrest.Matchers.contains(40, 25, 35)))
				.andExpect(jsonPath("$.check.publishable").value(false))
				.andReturn().getResponse().getContentAsString();
		String draft = JsonPath.read(body, "$.id");
		// publishing is refused with every problem (no group in any part, no criteria adding up to the maxima)
		mvc.perform(post("/api/v1/criteria-sets/drafts/" + draft + "/publish").with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors.length()").value(6))
				.andExpect(jsonPath("$.errors[*].message").value(hasItem("Thiếu nhóm tiêu chí của phần A.")))
				.andExpect(jsonPath("$.errors[*].message")
						.value(hasItem("Phần A ghi tối đa 40 điểm nhưng tổng điểm cao nhất của các tiêu chí là 0.")));
		// a document with mistakes is saved as typed, with every problem and the part totals
		String broken = document("26-2026-23", "Hoa", 1).replace("\"points\":35", "\"points\":\"ba lăm\"")
				.replace("\"code\":\"A1.2\"", "\"code\":\"A1.1\"");
		mvc.perform(put("/api/v1/criteria-sets/drafts/" + draft).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(broken))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.check.publishable").value(false))
				.andExpect(jsonPath("$.check.problems[*].message").value(org.hamcrest.Matchers.containsInAnyOrder(
						"Mã tiêu chí A1.1 bị lặp.", "Điểm của lựa chọn 2 (tiêu chí C1.1) phải là số nguyên.",
						"Phần C ghi tối đa 35 điểm nhưng tổng điểm cao nhất của các tiêu chí là 0.")))
				.andExpect(jsonPath("$.check.parts[*].criteriaPoints").value(org.hamcrest.Matchers.contains(40, 25, 0)));
		mvc.perform(put("/api/v1/criteria-sets/drafts/" + draft).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(document("26-2026-23", "Hoa", 1)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.check.publishable").value(true))
				.andExpect(jsonPath("$.check.declaredTotal").value(100));
		mvc.perform(post("/api/v1/criteria-sets/drafts/" + draft + "/publish").with(httpBasic("district", RegistryFixtures.PASSWORD)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/criteria-sets/drafts/" + draft + "/publish").with(admin()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.code").value("26-2026-23"))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.origin").value("AUTHORED"))
				.andExpect(jsonPath("$.firstUsedAt").doesNotExist());
		mvc.perform(get("/api/v1/criteria-sets/drafts/" + draft).with(admin())).andExpect(status().isNotFound());

		// a product of that set, registered under 1489's taxonomy (148-23) and filed after 22/5/2026
		var fixtures = new RegistryFixtures(mvc);
		UUID producer = fixtures.producer("HTX Hoa Thạch Hà " + UUID.randomUUID().toString().substring(0, 6), COMMUNE, null);
		UUID flowers = product(producer, "148-23", "Hoa cúc Thạch Hà");
		upload(flowers, "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION");
		mvc.perform(post("/api/v1/products/" + flowers + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"filedOn\":\"2026-06-05\"}")).andExpect(status().isOk());
		// beside a product of a set still without a 26/2026 scorecard, the council's session form offers it
		UUID oil = product(producer, "148-20", "Tinh dầu sả Thạch Hà");
		upload(oil, "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION");
		mvc.perform(post("/api/v1/products/" + oil + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"filedOn\":\"2026-06-05\"}")).andExpect(status().isOk());
		String council = council();
		String form = mvc.perform(get("/evaluation/councils/" + council + "/sessions/new")
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
								.roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(checkbox(form, flowers)).doesNotContain("disabled");
		assertThat(checkbox(form, oil)).contains("disabled");
		String session = session(council, flowers);
		mvc.perform(get("/api/v1/evaluations/" + session).with(admin()))
				.andExpect(jsonPath("$.regulationCode").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-23"));
		// 80 points, taken off A1.1 (0 instead of the 20 marked for 4★): band 4★, capped to 3★ by the minimum
		Scorecard authored = criteria.scorecard("26-2026-23").orElseThrow();
		Map<String, Integer> picks = Scorecards.picksFor(authored, 80);
		assertThat(picks).containsEntry("A1.1", 1);
		score(session, flowers, picks, 80)
				.andExpect(jsonPath("$.results[0].score").value(80.0))
				.andExpect(jsonPath("$.results[0].stars").value(3));
		mvc.perform(get("/api/v1/criteria-sets/26-2026-23/versions").with(admin()))
				.andExpect(jsonPath("$[0].firstUsedAt").exists());
	}

	@Test
	void shouldKeepAnOpenSessionOnItsVersionAndGiveASessionOpenedAfterANewVersionTheNewOne() throws Exception {
		clock.moveTo(LocalDate.of(2026, 6, 10));
		ensureCycle2025();
		String first = draft("26-2026-22");
		mvc.perform(put("/api/v1/criteria-sets/drafts/" + first).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(document("26-2026-22", "Vải, may mặc", 1))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/criteria-sets/drafts/" + first + "/publish").with(admin()))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.code").value("26-2026-22"));

		var fixtures = new RegistryFixtures(mvc);
		UUID producer = fixtures.producer("HTX Dệt Trung Lương " + UUID.randomUUID().toString().substring(0, 6), COMMUNE, null);
		UUID scarf = product(producer, "148-22", "Khăn lụa Trung Lương");
		UUID shirt = product(producer, "148-22", "Áo lụa Trung Lương");
		for (UUID p : new UUID[] { scarf, shirt }) {
			upload(p, "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION");
			mvc.perform(post("/api/v1/products/" + p + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"filedOn\":\"2026-06-05\"}")).andExpect(status().isOk());
		}
		String council = council();
		String open = session(council, scarf);
		mvc.perform(get("/api/v1/evaluations/" + open).with(admin()))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-22"));

		// while that session is open the office writes version 2: the draft is a copy of version 1
		String second = draft("26-2026-22");
		mvc.perform(get("/api/v1/criteria-sets/drafts/" + second).with(admin()))
				.andExpect(jsonPath("$.basedOn").value("26-2026-22"))
				.andExpect(jsonPath("$.nextVersion").value(2))
				.andExpect(jsonPath("$.check.publishable").value(true))
				.andExpect(jsonPath("$.document.parts[0].groups[0].criteria[0].options[2].points").value(20));
		// one draft per set at a time
		mvc.perform(post("/api/v1/criteria-sets/drafts").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"productSetCode\":\"26-2026-22\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.draftId").value(second));
		mvc.perform(put("/api/v1/criteria-sets/drafts/" + second).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(document("26-2026-22", "Vải, may mặc", 2))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/criteria-sets/drafts/" + second + "/publish").with(admin()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.code").value("26-2026-22.v2"))
				.andExpect(jsonPath("$.version").value(2));

		// version 1 is unchanged and the open session keeps it; a session opened now gets version 2
		assertThat(criteria.scorecard("26-2026-22").orElseThrow().criterion("A1.1").orElseThrow().maxPoints()).isEqualTo(20);
		assertThat(criteria.scorecard("26-2026-22.v2").orElseThrow().criterion("A1.1").orElseThrow().maxPoints()).isEqualTo(25);
		assertThat(criteria.scorecardFor("148-22", "26/2026/QĐ-TTg").orElseThrow().code()).isEqualTo("26-2026-22.v2");
		String later = session(council, shirt);
		mvc.perform(get("/api/v1/evaluations/" + later).with(admin()))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-22.v2"));
		mvc.perform(get("/api/v1/evaluations/" + open).with(admin()))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-22"));
		// each session scores on its own version: the same answers (A1.1 nothing, the best elsewhere) make 0 + 20 + 25
		// + 35 = 80 on version 1 and 0 + 15 + 25 + 35 = 75 on version 2
		Map<String, Integer> picks = Scorecards.picksFor(criteria.scorecard("26-2026-22").orElseThrow(), 80);
		score(open, scarf, picks, 80);
		score(later, shirt, picks, 75);
		mvc.perform(get("/api/v1/criteria-sets/26-2026-22/versions").with(admin()))
				.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("26-2026-22.v2", "26-2026-22")))
				.andExpect(jsonPath("$[0].latest").value(true))
				.andExpect(jsonPath("$[1].latest").value(false))
				.andExpect(jsonPath("$[1].firstUsedAt").exists());
		// a published version is never replaced: loading the same code again is refused
		mvc.perform(post("/api/v1/criteria-sets").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(document("26-2026-22", "Vải, may mặc", 2)))
				.andExpect(status().isConflict());
	}

	@Test
	void shouldRoundTripAScorecardThroughTheXlsxTemplateAndJsonExport() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/criteria-sets/148-21/export.xlsx").with(admin()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		String body = mvc.perform(multipart("/api/v1/criteria-sets/drafts")
						.file(new MockMultipartFile("file", "148-21.xlsx", "application/octet-stream", xlsx)).with(admin()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.check.publishable").value(true))
				.andExpect(jsonPath("$.basedOn").value("148-21"))
				.andReturn().getResponse().getContentAsString();
		String draft = JsonPath.read(body, "$.id");
		String exported = mvc.perform(get("/api/v1/criteria-sets/148-21/export.json").with(admin()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JSON.readTree(body).get("document")).isEqualTo(JSON.readTree(exported));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/criteria-sets/drafts/" + draft).with(admin())).andExpect(status().isNoContent());
		// a file breaking rules becomes a draft naming every problem, each where it is; it is published once fixed
		String broken = exported.replaceFirst("\"maxPoints\"\\s*:\\s*40", "\"maxPoints\": 41")
				.replaceFirst("\"points\"\\s*:\\s*1(?=\\D)", "\"points\": \"một\"");
		String brokenDraft = mvc.perform(post("/api/v1/criteria-sets/drafts").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(broken))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.productSetCode").value("148-21"))
				.andExpect(jsonPath("$.check.publishable").value(false))
				.andExpect(jsonPath("$.check.problems[*].code").value(org.hamcrest.Matchers.hasItems("criteria.scorecard.partSum",
						"criteria.scorecard.total", "criteria.scorecard.partRegulation", "criteria.scorecard.integer")))
				.andExpect(jsonPath("$.check.problems[?(@.code == 'criteria.scorecard.integer')].where")
						.value(hasItem("parts[0].groups[0].criteria[0]")))
				.andExpect(jsonPath("$.check.problems[?(@.code == 'criteria.scorecard.integer')].message")
						.value(hasItem(containsString("phải là số nguyên"))))
				.andExpect(jsonPath("$.check.problems[?(@.code == 'criteria.scorecard.partSum')].where").value(hasItem("parts[0]")))
				.andReturn().getResponse().getContentAsString();
		String brokenId = JsonPath.read(brokenDraft, "$.id");
		mvc.perform(post("/api/v1/criteria-sets/drafts/" + brokenId + "/publish").with(admin()))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/criteria-sets/drafts/" + brokenId).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(exported))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.check.publishable").value(true));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/criteria-sets/drafts/" + brokenId).with(admin())).andExpect(status().isNoContent());
		// only a file that cannot be read is refused, and leaves no draft
		mvc.perform(multipart("/api/v1/criteria-sets/drafts")
						.file(new MockMultipartFile("file", "148-21.xlsx", "application/octet-stream", "PK not a workbook".getBytes())).with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].code").value(hasItem("criteria.workbook.unreadable")));
		mvc.perform(multipart("/api/v1/criteria-sets/drafts")
						.file(new MockMultipartFile("file", "148-21.json", "application/json", "{\"format\": ".getBytes())).with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].code").value(hasItem("criteria.scorecard.notJson")));
		// a file naming no known product set is read for the set chosen, which it is told
		mvc.perform(multipart("/api/v1/criteria-sets/drafts").param("productSet", "148-21")
						.file(new MockMultipartFile("file", "x.json", "application/json",
								exported.replace("\"148-21\"", "\"148-99\"").getBytes(StandardCharsets.UTF_8))).with(admin()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.productSetCode").value("148-21"))
				.andExpect(jsonPath("$.check.publishable").value(true))
				.andExpect(jsonPath("$.replaced[*].code").value(hasItem("criteria.upload.replacedSet")));
		String last = JsonPath.read(mvc.perform(get("/api/v1/criteria-sets/drafts").with(admin())).andReturn().getResponse()
				.getContentAsString(), "$[?(@.productSetCode == '148-21')].id").toString().replaceAll("[\\[\\]\"]", "");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/criteria-sets/drafts/" + last).with(admin())).andExpect(status().isNoContent());
		mvc.perform(multipart("/api/v1/criteria-sets/drafts")
						.file(new MockMultipartFile("file", "x.json", "application/json",
								exported.replace("\"148-21\"", "\"148-99\"").getBytes(StandardCharsets.UTF_8))).with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].code").value(hasItem("criteria.upload.noSet")));
		mvc.perform(get("/api/v1/criteria-sets/drafts").with(admin()))
				.andExpect(jsonPath("$[*].productSetCode").value(org.hamcrest.Matchers.not(hasItem("148-21"))));
		mvc.perform(get("/api/v1/criteria-sets/template.xlsx?productSet=26-2026-20").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(post("/api/v1/criteria-sets/check").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"format\":\"ocop-criteria/1\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.publishable").value(false))
				.andExpect(jsonPath("$.problems[*].message").value(hasItem(containsString("Thiếu các phần"))));
	}

	@Test
	void shouldRecordTheUseOfAScorecardBySessionsOpenedBeforeUsesWereRecorded() {
		// the demo's provincial sessions of the 2019 cycle score on 1048-01; a database from before recorded nothing
		jdbc.update("update criteria_scorecard set first_used_at = null where code = '1048-01'");
		assertThat(used("1048-01")).isNull();
		backfill.recordUses();
		assertThat(used("1048-01")).isNotNull();
	}

	/** The session form's checkbox of a product. */
	private static String checkbox(String page, UUID product) {
		var m = java.util.regex.Pattern.compile("<input[^>]*value=\"" + product + "\"[^>]*>").matcher(page);
		assertThat(m.find()).as("checkbox of " + product).isTrue();
		return m.group();
	}

	private java.time.@org.jspecify.annotations.Nullable Instant used(String code) {
		return criteria.scorecards().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().firstUsedAt();
	}

	private void ensureCycle2025() throws Exception {
		if (!mvc.perform(get("/api/v1/cycles").with(admin())).andReturn().getResponse().getContentAsString()
				.matches("(?s).*\"year\":2025,.*")) {
			mvc.perform(post("/api/v1/cycles").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\":2025,\"regulationCode\":\"1489/QĐ-TTg\"}")).andExpect(status().isCreated());
		}
	}

	private String draft(String set) throws Exception {
		return id(mvc.perform(post("/api/v1/criteria-sets/drafts").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"productSetCode\":\"" + set + "\"}")).andExpect(status().isCreated()));
	}

	private UUID product(UUID producer, String set, String name) throws Exception {
		String json = mvc.perform(post("/api/v1/products").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"%s","communeCode":"%s","cycleYear":2025}"""
						.formatted(name, producer, set, COMMUNE)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		return id;
	}

	private void upload(UUID product, String... types) throws Exception {
		for (String type : types) {
			mvc.perform(multipart("/api/v1/products/" + product + "/documents")
					.file(new MockMultipartFile("file", type + ".pdf", "application/pdf",
							RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII)))
					.param("type", type).with(admin())).andExpect(status().isCreated());
		}
	}

	private String council() throws Exception {
		var members = new java.util.ArrayList<String>();
		for (int i = 0; i < MEMBERS.length; i++) {
			members.add("{\"username\":\"%s\",\"role\":\"%s\"}".formatted(MEMBERS[i], i == 0 ? "CHAIR" : "MEMBER"));
		}
		return id(mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"PROVINCE","unitCode":"42","year":2026,"name":"Hội đồng tỉnh %s","members":[%s]}"""
						.formatted(UUID.randomUUID().toString().substring(0, 8), String.join(",", members))))
				.andExpect(status().isCreated()));
	}

	private String session(String council, UUID product) throws Exception {
		return id(mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, product)))
				.andExpect(status().isCreated()));
	}

	private ResultActions score(String session, UUID product, Map<String, Integer> picks, int total) throws Exception {
		vn.ocop.support.RatedProducts.attendAll(mvc, session, MEMBERS);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("selections", picks);
		body.put("submit", true);
		for (String member : MEMBERS) {
			mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + product + "/scorecard")
					.with(httpBasic(member, RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(body)))
					.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
		}
		return mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(httpBasic(MEMBERS[0], RegistryFixtures.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.results[0].outcome").value("RATED"));
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", RegistryFixtures.PASSWORD);
	}
}
