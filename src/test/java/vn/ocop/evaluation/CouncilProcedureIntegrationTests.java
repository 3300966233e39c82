package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.support.RegistryFixtures;

/**
 * Scoring as the scorecards say and the council's procedure recorded, not inferred, through the JSON API on the
 * real 26/2026 scorecard 26-2026-24 "Cây cảnh" (this year's cycle) and 1048-01: the disqualifiers checked before
 * scoring, a dossier disqualified with its reason, attendance with an excused member, an unticked tick-list
 * criterion, a 4★ minimum capping 80 points to 3★, members split on a marked criterion until the chair records the
 * council's answer, a divergence that re-scoring did not settle and that keeps the session open until the chair
 * records the agreed outcome, the minutes and the producer's explanation; then quorum from attendance, and "one of
 * two cases" for a household business.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CouncilProcedureIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String COMMUNE = "18322";
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Test
	void shouldScoreA2026ScorecardAsPrintedAndCloseOnlyOnceTheProcedureIsRecorded() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Scorecard cayCanh = criteria.scorecard("26-2026-24").orElseThrow();
		assertThat(cayCanh.disqualifiers()).isNotEmpty();
		var fixtures = new RegistryFixtures(mvc);
		UUID producer = fixtures.producer("HTX Sinh vật cảnh Sơn Kim " + suffix, COMMUNE, "producer");
		UUID bonsai = filed(producer, "Cây sanh cảnh " + suffix);
		UUID pine = filed(producer, "Cây thông cảnh " + suffix);
		UUID forged = filed(producer, "Cây mai cảnh " + suffix);

		String council = id(mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(council("Hội đồng tỉnh " + suffix, "\"rules\":{\"quorumPercent\":75,\"chairRequired\":true,"
						+ "\"spreadThreshold\":10,\"maxRescorings\":1}")))
				.andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/councils/" + council).with(admin()))
				.andExpect(jsonPath("$.rules.spreadThreshold").value(10))
				.andExpect(jsonPath("$.rules.quorumPercent").value(75));
		String session = id(mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\",\"%s\",\"%s\"]}".formatted(council, bonsai, pine, forged)))
				.andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/evaluations/" + session).with(admin()))
				.andExpect(jsonPath("$.regulationCode").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-24"))
				.andExpect(jsonPath("$.rules.spreadThreshold").value(10));

		// the disqualifiers printed above the scorecard are checked before anyone scores
		Map<String, Integer> eighty = eighty(cayCanh);
		mvc.perform(scorecard(session, bonsai, "council1", eighty, true))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("kiểm tra điều kiện loại hồ sơ")));
		mvc.perform(disqualifiers(session, bonsai, "council2", false, null)).andExpect(status().isForbidden());
		mvc.perform(disqualifiers(session, bonsai, "council1", false, null)).andExpect(status().isOk());
		mvc.perform(disqualifiers(session, pine, "council1", false, null)).andExpect(status().isOk());
		mvc.perform(disqualifiers(session, forged, "council1", true, " ")).andExpect(status().isUnprocessableContent());
		mvc.perform(disqualifiers(session, forged, "council1", true, "Giả mạo hồ sơ: giấy đăng ký kinh doanh không có thật"))
				.andExpect(status().isOk())
				// the session's items have no order of their own (on PostgreSQL they come back as stored): found by product
				.andExpect(jsonPath("$.items[?(@.productId == '" + forged + "')].disqualified").value(hasItem(true)));
		mvc.perform(scorecard(session, forged, "council2", eighty, true))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("Giả mạo hồ sơ")));

		// a member sitting out for a conflict of interest does not count towards the quorum (nor leaves the count of
		// scoring members): with council4 sitting out and council5 excused, 3 of 5 take part, short of ¾
		mvc.perform(attendance(session, "council1", "PRESENT", "PRESENT", "PRESENT", "CONFLICT", "EXCUSED"))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/evaluations/" + session + "/progress").with(basic("council1")))
				.andExpect(jsonPath("$.quorum").value(false));
		mvc.perform(get("/evaluation/sessions/" + session).with(user("council1").roles("COUNCIL_MEMBER")))
				.andExpect(content().string(containsString("Thành viên không tham gia vì xung đột lợi ích không được tính")));
		// attendance: council5 excused; 4 of 5 scoring members present is the ¾ quorum, the chair among them
		mvc.perform(attendance(session, "council1", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "EXCUSED"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.attendance[4].status").value("EXCUSED"))
				.andExpect(jsonPath("$.attendance[4].note").value("Đi công tác"));
		mvc.perform(scorecard(session, bonsai, "council5", eighty, true))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("không được ghi nhận có mặt")));

		// bonsai: every member leaves the tick-list criterion A1.5 (its option 1 is the 4★ minimum) unticked: 80 points
		for (String member : List.of("council1", "council2", "council3", "council4")) {
			mvc.perform(scorecard(session, bonsai, member, eighty, true))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.total").value(80))
					.andExpect(jsonPath("$.complete").value(true))
					.andExpect(jsonPath("$.status").value("SUBMITTED"));
		}

		// pine: 90, 90, 90, 79 — 11 points apart; split two against two on A2.2 (option 1 ***, option 3 *****)
		Map<String, Integer> ninety = ScoreCalculatorTests.unmarkedDownTo(cayCanh, 90);
		Map<String, Integer> ninetyOther = new HashMap<>(ScoreCalculatorTests.unmarkedDownTo(cayCanh, 91));
		ninetyOther.put("A2.2", 2);
		Map<String, Integer> seventyNine = new HashMap<>(ScoreCalculatorTests.unmarkedDownTo(cayCanh, 80));
		seventyNine.put("A2.2", 2);
		submit(session, pine, "council1", ninety, 90);
		submit(session, pine, "council2", ninety, 90);
		submit(session, pine, "council3", ninetyOther, 90);
		submit(session, pine, "council4", seventyNine, 79);
		mvc.perform(get("/api/v1/evaluations/" + session + "/products/" + pine + "/marked-criteria").with(basic("council1")))
				.andExpect(jsonPath("$[?(@.code == 'A2.2')].membersDiffer").value(contains(true)))
				.andExpect(jsonPath("$[?(@.code == 'A2.2')].source").value(contains((Object) null)));

		// closing asks first and says what follows (issue 16, point 5)
		mvc.perform(get("/evaluation/sessions/" + session).with(user("council1").roles("COUNCIL_MEMBER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-confirm=\"Kết thúc phiên đánh giá? Sau khi kết thúc")));

		// the session cannot close: a divergence unsettled and a marked criterion without the council's answer
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.quorum").value(true))
				.andExpect(jsonPath("$.unsettled").value(contains("Cây thông cảnh " + suffix)))
				.andExpect(jsonPath("$.undecided").value(contains("Cây thông cảnh " + suffix + " (A2.2)")))
				.andExpect(jsonPath("$.unscored").isEmpty());

		// council4 re-scores once (the council's rules allow one re-scoring) and keeps 79; no second re-scoring
		mvc.perform(post("/api/v1/evaluations/" + session + "/products/" + pine + "/rescoring").with(basic("council4")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.round").value(2));
		submit(session, pine, "council4", seventyNine, 79);
		mvc.perform(post("/api/v1/evaluations/" + session + "/products/" + pine + "/rescoring").with(basic("council4")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("tối đa 1 lần")));
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.unsettled").value(contains("Cây thông cảnh " + suffix)));

		// only the chair records the council's agreed outcome and answers
		String record = "Hội đồng thảo luận, thống nhất giữ nguyên điểm của các thành viên";
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + pine + "/divergence-settlement").with(basic("council2"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"record\":\"" + record + "\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + bonsai + "/divergence-settlement").with(basic("council1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"record\":\"" + record + "\"}"))
				.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + pine + "/divergence-settlement").with(basic("council1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"record\":\"" + record + "\"}"))
				.andExpect(status().isOk());
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + pine + "/agreed-answers").with(basic("council1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"A1.1\":1}}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.invalid").value(contains("A1.1=1")));
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + pine + "/agreed-answers").with(basic("council1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"A2.2\":3}}"))
				.andExpect(status().isOk());

		String results = mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String b = "$.results[?(@.productId == '" + bonsai + "')]";
		assertThat(JsonPath.<List<Double>>read(results, b + ".score")).containsExactly(80.0);
		assertThat(JsonPath.<List<Integer>>read(results, b + ".stars")).containsExactly(3);
		assertThat(JsonPath.<List<Integer>>read(results, b + ".detail.bandStars")).containsExactly(4);
		assertThat(JsonPath.<List<String>>read(results, b + ".detail.cappedBy[*].criterion")).containsExactly("A1.5");
		assertThat(JsonPath.<List<String>>read(results, b + ".outcome")).containsExactly("RATED");
		String p = "$.results[?(@.productId == '" + pine + "')]";
		assertThat(JsonPath.<List<Double>>read(results, p + ".score")).containsExactly(87.25);
		assertThat(JsonPath.<List<Integer>>read(results, p + ".stars")).containsExactly(4);
		assertThat(JsonPath.<List<String>>read(results, p + ".detail.divergence.settledBy")).containsExactly("CHAIR");
		assertThat(JsonPath.<List<Integer>>read(results, p + ".detail.divergence.finalSpread")).containsExactly(11);
		assertThat(JsonPath.<List<Integer>>read(results, p + ".detail.earlierRounds[*].total")).containsExactly(79);
		assertThat(JsonPath.<List<String>>read(results, p + ".detail.agreedAnswers[?(@.criterion == 'A2.2')].source"))
				.containsExactly("CHAIR");
		String f = "$.results[?(@.productId == '" + forged + "')]";
		assertThat(JsonPath.<List<String>>read(results, f + ".outcome")).containsExactly("DISQUALIFIED");
		assertThat(JsonPath.<List<String>>read(results, f + ".detail.disqualification"))
				.containsExactly("Giả mạo hồ sơ: giấy đăng ký kinh doanh không có thật");
		mvc.perform(get("/api/v1/products/" + bonsai).with(admin()))
				.andExpect(jsonPath("$.status").value("RATED")).andExpect(jsonPath("$.stars").value(3));
		mvc.perform(get("/api/v1/products/" + forged).with(admin())).andExpect(jsonPath("$.status").value("NOT_RATED"));

		// the producer sees which minimum kept the product from the next star
		mvc.perform(get("/api/v1/products/" + bonsai + "/evaluations").with(basic("producer")))
				.andExpect(jsonPath("$[0].result.nextStarShortfalls[0].criterion").value("A1.5"))
				.andExpect(jsonPath("$[0].result.nextStarShortfalls[0].requiredOption").value(1));
		mvc.perform(get("/evaluation/products/" + bonsai).with(user("producer").roles("PRODUCER")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("Yêu cầu tối thiểu theo hạng sao"),
						containsString("Điểm trung bình đạt mức 4 sao"), containsString("A1.5"),
						containsString("Không đánh dấu phương án nào"))));

		// the minutes say exactly what happened
		byte[] pdf = mvc.perform(get("/evaluation/sessions/" + session + "/minutes.pdf").with(user("council2").roles("COUNCIL_MEMBER")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Vắng mặt có lý do", "Đi công tác", "ít nhất 75% số thành viên chấm điểm (4/5)",
					"Giả mạo hồ sơ: giấy đăng ký kinh doanh không có thật", "Chủ tịch Hội đồng ghi nhận kết luận thống nhất",
					record, "chưa đạt yêu cầu tối thiểu của tiêu chí", "A1.5", "A2.2", "1 sản phẩm bị loại hồ sơ");
		}
	}

	@Test
	void shouldTakeTheQuorumFromAttendanceAndOfferOnlyTheProducersCase() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Scorecard scorecard = criteria.scorecard("1048-01").orElseThrow();
		assertThat(scorecard.criterion("A3.2").orElseThrow().cases()).hasSize(2);
		String json = mvc.perform(post("/api/v1/producers").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Hộ kinh doanh Cam Đức Lĩnh %s","legalForm":"HOUSEHOLD_BUSINESS","registrationNumber":"%d","communeCode":"%s"}"""
						.formatted(suffix, 3008000000L + (System.nanoTime() % 900000), COMMUNE)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID household = UUID.fromString(JsonPath.read(json, "$.id"));
		UUID orange = new RegistryFixtures(mvc).submittedProduct(household, "Cam hộ kinh doanh " + suffix, COMMUNE);
		String council = id(mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(council("Hội đồng tỉnh " + suffix, null))).andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/councils/" + council).with(admin()))
				.andExpect(jsonPath("$.rules.quorumPercent").value(75))
				.andExpect(jsonPath("$.rules.spreadThreshold").value(10));
		String session = id(mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, orange)))
				.andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/evaluations/" + session).with(admin()))
				.andExpect(jsonPath("$.items[0].applicableCase").value(2));

		// a household business is offered options 3–4 of A3.2 only
		Map<String, Integer> picks = new HashMap<>(Scorecards.picksFor(scorecard, 62));
		picks.put("A3.2", 2);
		mvc.perform(scorecard(session, orange, "council1", picks, false))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.unknownOptions").value(hasItem("A3.2=2")));
		picks.put("A3.2", 4);
		for (String member : List.of("council1", "council2", "council3")) {
			mvc.perform(scorecard(session, orange, member, picks, true)).andExpect(status().isOk());
		}
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + orange + "/case").with(basic("council1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"caseNumber\":1}"))
				.andExpect(status().isConflict());

		// three members scored, but only three of five were recorded present: 60% is short of the ¾ quorum
		mvc.perform(attendance(session, "council1", "PRESENT", "PRESENT", "PRESENT", "ABSENT", "ABSENT"))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.attendanceRecorded").value(true))
				.andExpect(jsonPath("$.quorum").value(false))
				.andExpect(jsonPath("$.withoutQuorum").value(contains("Cam hộ kinh doanh " + suffix)));
		// the council lowers its quorum: the open session keeps the rules it was opened under
		mvc.perform(put("/api/v1/councils/" + council + "/rules").with(basic("council1")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quorumPercent\":60,\"chairRequired\":true,\"spreadThreshold\":10,\"maxRescorings\":1}"))
				.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/councils/" + council + "/rules").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quorumPercent\":40,\"chairRequired\":true,\"spreadThreshold\":10,\"maxRescorings\":1}"))
				.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/councils/" + council + "/rules").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quorumPercent\":60,\"chairRequired\":true,\"spreadThreshold\":10,\"maxRescorings\":1}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.rules.quorumPercent").value(60));
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.quorum").value(false));

		// a fourth member arrives and is recorded present; they must score before the session closes
		mvc.perform(attendance(session, "council1", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "ABSENT"))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.quorum").value(true))
				.andExpect(jsonPath("$.unscored").value(contains("Cam hộ kinh doanh " + suffix + " (council4)")));
		mvc.perform(scorecard(session, orange, "council4", picks, true)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.results[0].stars").value(3));
	}

	/** 26-2026-24, 80 points: the best options, A1.5 left unticked and unmarked criteria lowered. */
	private static Map<String, Integer> eighty(Scorecard cayCanh) {
		Map<String, Integer> picks = new HashMap<>(Scorecards.best(cayCanh));
		picks.remove("A1.5");
		picks.put("B1.1", 1);
		picks.put("A1.1", 1);
		picks.put("A1.2", 1);
		picks.put("A1.3", 1);
		picks.put("A3.1", 1);
		picks.put("A3.3", 1);
		picks.put("C1.4", 2);
		return picks;
	}

	private UUID filed(UUID producer, String name) throws Exception {
		String json = mvc.perform(post("/api/v1/products").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"26-2026-24","communeCode":"%s","cycleYear":%d}"""
						.formatted(name, producer, COMMUNE, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear())))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		for (String type : List.of("REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION")) {
			mvc.perform(multipart("/api/v1/products/" + id + "/documents")
					.file(new MockMultipartFile("file", type + ".pdf", "application/pdf",
							RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII)))
					.param("type", type).with(admin())).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(admin())).andExpect(status().isOk());
		return id;
	}

	private static String council(String name, String rules) {
		var members = new ArrayList<String>();
		for (int i = 0; i < MEMBERS.length; i++) {
			members.add("{\"username\":\"%s\",\"role\":\"%s\"}".formatted(MEMBERS[i], i == 0 ? "CHAIR" : "MEMBER"));
		}
		return """
				{"level":"PROVINCE","unitCode":"42","year":%d,"name":"%s","members":[%s]%s}"""
				.formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), name, String.join(",", members),
						rules == null ? "" : "," + rules);
	}

	private RequestBuilder attendance(String session, String by, String... statuses) {
		var entries = new ArrayList<String>();
		for (int i = 0; i < statuses.length; i++) {
			entries.add("{\"username\":\"%s\",\"status\":\"%s\"%s}".formatted(MEMBERS[i], statuses[i],
					"EXCUSED".equals(statuses[i]) ? ",\"note\":\"Đi công tác\"" : ""));
		}
		return put("/api/v1/evaluations/" + session + "/attendance").with(basic(by)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"members\":[" + String.join(",", entries) + "]}");
	}

	private RequestBuilder disqualifiers(String session, UUID product, String by, boolean disqualified, String reason) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("disqualified", disqualified);
		body.put("reason", reason);
		return put("/api/v1/evaluations/" + session + "/products/" + product + "/disqualifier-check").with(basic(by))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
	}

	private void submit(String session, UUID product, String member, Map<String, Integer> picks, int total)
			throws Exception {
		mvc.perform(scorecard(session, product, member, picks, true))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
	}

	private RequestBuilder scorecard(String session, UUID product, String member, Map<String, Integer> picks,
			boolean submit) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("selections", picks);
		body.put("submit", submit);
		return put("/api/v1/evaluations/" + session + "/products/" + product + "/scorecard").with(basic(member))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static RequestPostProcessor admin() {
		return basic("admin");
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, RegistryFixtures.PASSWORD);
	}
}
