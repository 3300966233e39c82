package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import vn.ocop.criteria.DossierType;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.support.MovableClock;
import vn.ocop.support.RegistryFixtures;

/**
 * The regulation of an evaluation is chosen by the dossier's filing day and type (26/2026/QĐ-TTg Điều 12), never
 * frozen at registration: on 10/6/2026 a first dossier filed on 15/4/2026 still finishes under 1489 (148's
 * scorecards), one filed on 5/6/2026 is scored on the 26/2026 scorecard, and the first product, once recognised,
 * files a re-evaluation that is scored under 26/2026; after 21/7/2026 a dossier filed before 22/5/2026 is refused.
 */
@SpringBootTest(properties = "ocop.certification.expiry-job=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class RuleByFilingDateIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String COMMUNE = "18322";
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void shouldChooseTheRegulationByFilingDayAndType() {
		var before = criteria.ruleFor(LocalDate.of(2026, 5, 21), DossierType.FIRST);
		assertThat(before.regulation().code()).isEqualTo("1489/QĐ-TTg");
		assertThat(before.scorecardRegulation()).isEqualTo("148/QĐ-TTg");
		assertThat(before.transitional()).isTrue();
		assertThat(before.finishBy()).isEqualTo(LocalDate.of(2026, 7, 21));
		assertThat(before.successor()).isEqualTo("26/2026/QĐ-TTg");
		assertThat(criteria.ruleFor(LocalDate.of(2026, 5, 21), DossierType.RE_EVALUATION).finishBy())
				.isEqualTo(LocalDate.of(2026, 6, 21));
		var after = criteria.ruleFor(LocalDate.of(2026, 5, 22), DossierType.RE_EVALUATION);
		assertThat(after.regulation().code()).isEqualTo("26/2026/QĐ-TTg");
		assertThat(after.transitional()).isFalse();
		assertThat(after.regulation().dossierDocuments(DossierType.RE_EVALUATION)).contains("REEVALUATION_UPDATE");
		assertThat(after.regulation().deadlines().preAssessmentWorkingDays()).isEqualTo(15);
		assertThat(after.regulation().deadlines().reEvaluationDays()).isEqualTo(45);
		assertThat(after.regulation().level("CENTRAL").orElseThrow().minScore()).isEqualTo(90);
		assertThat(after.regulation().level("COMMUNE").orElseThrow().scores()).isFalse();
		assertThat(criteria.ruleFor(LocalDate.of(2024, 3, 1), DossierType.FIRST).regulation().code()).isEqualTo("148/QĐ-TTg");
		assertThat(criteria.ruleFor(LocalDate.of(2023, 2, 23), DossierType.UPGRADE).regulation().code()).isEqualTo("1048/QĐ-TTg");
		assertThatThrownBy(() -> criteria.ruleFor(LocalDate.of(2019, 1, 1), DossierType.FIRST))
				.isInstanceOf(BusinessRuleException.class);
		// the sets of 148 carry over to 26/2026 under the same numbers
		assertThat(criteria.productSetUnder("148-24", "26/2026/QĐ-TTg").orElseThrow().code()).isEqualTo("26-2026-24");
		assertThat(criteria.scorecardFor("148-24", "26/2026/QĐ-TTg").orElseThrow().regulationCode()).isEqualTo("26/2026/QĐ-TTg");
		assertThat(criteria.scorecardFor("1048-01", "26/2026/QĐ-TTg")).isEmpty();
	}

	@Test
	void shouldScoreARenewalFiledAfterTheNewRulesUnderThemWhileAnEarlierDossierFinishesUnderTheOldOnes() throws Exception {
		clock.moveTo(LocalDate.of(2026, 6, 10));
		if (mvc.perform(get("/api/v1/cycles").with(admin())).andReturn().getResponse().getContentAsString()
				.matches("(?s).*\"year\":2025,.*") == false) {
			mvc.perform(post("/api/v1/cycles").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\":2025,\"regulationCode\":\"1489/QĐ-TTg\"}")).andExpect(status().isCreated());
		}
		var fixtures = new RegistryFixtures(mvc);
		UUID producer = fixtures.producer("HTX Sinh vật cảnh Đức Lĩnh " + UUID.randomUUID().toString().substring(0, 6),
				COMMUNE, null);
		UUID bonsai = product(producer, "Cây cảnh bonsai Đức Lĩnh");
		UUID pine = product(producer, "Cây thông cảnh Đức Lĩnh");

		// filed before 22/5/2026: the dossier of 1489 (with the commune's report), scored on 148-24
		upload(bonsai, "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION");
		mvc.perform(post("/api/v1/products/" + bonsai + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossierType\":\"FIRST\",\"filedOn\":\"2026-04-15\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.missingDocuments[0]").value("COMMUNE_REVIEW_REPORT"));
		upload(bonsai, "COMMUNE_REVIEW_REPORT");
		mvc.perform(post("/api/v1/products/" + bonsai + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossierType\":\"FIRST\",\"filedOn\":\"2026-06-11\"}"))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/products/" + bonsai + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossierType\":\"FIRST\",\"filedOn\":\"2026-04-15\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.filedOn").value("2026-04-15"))
				.andExpect(jsonPath("$.dossierType").value("FIRST"));
		mvc.perform(get("/api/v1/products/" + bonsai + "/rule").with(admin()))
				.andExpect(jsonPath("$.regulation.code").value("1489/QĐ-TTg"))
				.andExpect(jsonPath("$.finishBy").value("2026-07-21"));

		// filed after it, in the same (2025) cycle: the 26/2026 dossier, scored on 26-2026-24
		upload(pine, "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION");
		mvc.perform(post("/api/v1/products/" + pine + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"filedOn\":\"2026-06-05\"}"))
				.andExpect(status().isOk());

		String council = council();
		mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\",\"%s\"]}".formatted(council, bonsai, pine)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("26/2026/QĐ-TTg")));
		String first = session(council, bonsai);
		mvc.perform(get("/api/v1/evaluations/" + first).with(admin()))
				.andExpect(jsonPath("$.regulationCode").value("1489/QĐ-TTg"))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("148-24"));
		String second = session(council, pine);
		mvc.perform(get("/api/v1/evaluations/" + second).with(admin()))
				.andExpect(jsonPath("$.regulationCode").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-24"));

		// the first product is rated 4★ on 148-24 and recognised
		score(first, bonsai, "148-24", 85);
		mvc.perform(post("/api/v1/certificates").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"productId\":\"" + bonsai + "\",\"decisionNumber\":\"" + (1000 + (int) (Math.random() * 8000))
						+ "/QĐ-UBND\",\"decisionDate\":\"2026-06-10\",\"signer\":\"Trần Báu Hà\"}"))
				.andExpect(status().isCreated());

		// a recognised product is not put before a council again without a filed re-evaluation
		mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, bonsai)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("chưa nộp hồ sơ")));
		// its re-evaluation, filed today (after 22/5/2026), needs the 26/2026 re-evaluation documents …
		mvc.perform(post("/api/v1/products/" + bonsai + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossierType\":\"RE_EVALUATION\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.missingDocuments").value(org.hamcrest.Matchers.contains("REEVALUATION_UPDATE")));
		upload(bonsai, "REEVALUATION_UPDATE");
		mvc.perform(post("/api/v1/products/" + bonsai + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossierType\":\"RE_EVALUATION\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CERTIFIED"))
				.andExpect(jsonPath("$.renewalFiled").value(true))
				.andExpect(jsonPath("$.filedOn").value("2026-06-10"));
		// … and is scored on the 26/2026 scorecard, not on the 148 one of its first evaluation
		String renewal = session(council, bonsai);
		mvc.perform(get("/api/v1/evaluations/" + renewal).with(admin()))
				.andExpect(jsonPath("$.regulationCode").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.items[0].scorecardCode").value("26-2026-24"));

		// after 21/7/2026 a first dossier filed before 22/5/2026 can no longer finish under 1489
		UUID late = product(producer, "Cây sanh cảnh Đức Lĩnh");
		upload(late, "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION", "COMMUNE_REVIEW_REPORT");
		mvc.perform(post("/api/v1/products/" + late + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"filedOn\":\"2026-05-20\"}")).andExpect(status().isOk());
		clock.moveTo(LocalDate.of(2026, 7, 22));
		mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, late)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("21/07/2026")));
	}

	private UUID product(UUID producer, String name) throws Exception {
		String json = mvc.perform(post("/api/v1/products").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"148-24","communeCode":"%s","cycleYear":2025}"""
						.formatted(name, producer, COMMUNE)))
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

	private void score(String session, UUID product, String scorecard, int total) throws Exception {
		vn.ocop.support.RatedProducts.attendAll(mvc, session, MEMBERS);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("selections", Scorecards.picksFor(criteria.scorecard(scorecard).orElseThrow(), total));
		body.put("submit", true);
		for (String member : MEMBERS) {
			mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + product + "/scorecard")
					.with(httpBasic(member, RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(body)))
					.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
		}
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(httpBasic(MEMBERS[0], RegistryFixtures.PASSWORD)))
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
