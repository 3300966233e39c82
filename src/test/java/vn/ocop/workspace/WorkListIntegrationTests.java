package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.support.RegistryFixtures;

/**
 * Each role's dashboard is its to-do list (issue 16): what the work list holds for every demo role today, items that
 * go away once the work is done, the JSON API and the page, and the hand-off notices of the evaluation (session
 * opened → members, result → producer) and of the recognition (certificate issued → producer).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkListIntegrationTests {

	static final String PASSWORD = RegistryFixtures.PASSWORD;
	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	Clock clock;

	/** Every demo role finds at least one thing waiting today, of the kind its job is about. */
	@Test
	void shouldGiveEveryDemoRoleSomethingToDoToday() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("admin", "registry.ideas-to-select");
		expected.put("commune", "registry.ideas-to-select");
		for (String member : MEMBERS) {
			expected.put(member, "evaluation.to-score");
		}
		expected.put("producer", "registry.dossier-incomplete");
		expected.put("inspector", "monitoring.inspection");
		expected.put("editor", "content.returned");
		expected.put("district", "registry.ideas-to-select");
		expected.put("district-hs", "registry.dossiers-filed");
		expected.put("producer-hs", "registry.dossier-incomplete");
		for (var role : expected.entrySet()) {
			List<Map<String, Object>> items = items(role.getKey());
			assertThat(items).as("work list of %s", role.getKey()).isNotEmpty();
			if (role.getValue() != null) {
				assertThat(items).as("work list of %s", role.getKey()).extracting(i -> i.get("kind"))
						.contains(role.getValue());
			}
			assertWellFormed(role.getKey(), items);
		}
		// the demo session's attendance is recorded and its disqualifiers checked: nothing of that left for the chair
		// (other test classes sharing this context may leave sessions of their own open)
		assertThat(item("council1", "evaluation.attendance", "phiên tháng")).isNull();
		assertThat(item("council1", "evaluation.disqualifiers", "phiên tháng")).isNull();
		assertThat(item("council1", "evaluation.to-score", "phiên tháng")).isNotNull();
	}

	/** The page shows the same list, and htmx gets the list alone to refresh it. */
	@Test
	void shouldShowTheListOnTheDashboardAndAsAFragment() throws Exception {
		List<Map<String, Object>> items = items("producer");
		String page = mvc.perform(get("/dashboard").with(user("producer").roles("PRODUCER"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("id=\"work-items\"").contains("Việc cần làm");
		for (var item : items) {
			assertThat(page).contains("data-kind=\"" + item.get("kind") + "\"");
		}
		String fragment = mvc.perform(get("/dashboard/work-items").with(user("producer").roles("PRODUCER"))
				.header("HX-Request", "true"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"work-items\"").doesNotContain("<html");
		// English on request
		mvc.perform(get("/api/v1/me/work-items").param("lang", "en").with(basic("council2")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Score")));
		mvc.perform(get("/api/v1/me/work-items")).andExpect(status().isUnauthorized());
	}

	/**
	 * An idea leaves the selecting officer's list once decided; the producer's dossier leaves its list once filed;
	 * the session's members are told and find their scorecard, the chair the attendance to record, both leave the
	 * list once done; the producer is told the result and the recognition.
	 */
	@Test
	void shouldDropItemsOnceDoneAndHandOffToTheNextPerson() throws Exception {
		var fixtures = new RegistryFixtures(mvc);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String name = "Nước cam ép Đức Lĩnh " + suffix;
		UUID producer = fixtures.producer("HTX Việc cần làm " + suffix, "18322", "producer");

		// an idea registered: one more for the office to select
		long ideasBefore = count("admin", "registry.ideas-to-select", "2019");
		UUID product = UUID.fromString(JsonPath.read(mvc.perform(post("/api/v1/products").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","producerId":"%s","productSetCode":"1048-01","communeCode":"18322","cycleYear":2019}"""
						.formatted(name, producer))).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString(), "$.id"));
		assertThat(count("admin", "registry.ideas-to-select", "2019")).isEqualTo(ideasBefore + 1);
		assertThat(items("producer")).extracting(i -> i.get("kind")).doesNotContain("registry.ideas-to-select");

		// selected: the office's count goes down, the producer has a dossier to complete
		mvc.perform(post("/api/v1/products/" + product + "/selection").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		assertThat(count("admin", "registry.ideas-to-select", "2019")).isEqualTo(ideasBefore);
		Map<String, Object> dossier = item("producer", "registry.dossier-incomplete", name);
		assertThat(dossier).isNotNull();
		assertThat(dossier.get("link")).isEqualTo("/registry/products/" + product);
		assertThat((String) dossier.get("title")).contains("còn thiếu 4 loại giấy tờ");

		// the documents uploaded: ready to file; filed: gone from the producer's list
		for (String type : new String[] { "REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION",
				"BUSINESS_REGISTRATION" }) {
			mvc.perform(multipart("/api/v1/products/" + product + "/documents")
					.file(new MockMultipartFile("file", type + ".pdf", "application/pdf",
							RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII)))
					.param("type", type).with(basic("producer"))).andExpect(status().isCreated());
		}
		assertThat(item("producer", "registry.dossier-incomplete", name)).isNull();
		assertThat(item("producer", "registry.dossier-ready", name)).isNotNull();
		mvc.perform(post("/api/v1/products/" + product + "/submission").with(basic("producer")))
				.andExpect(status().isOk());
		assertThat(item("producer", "registry.dossier-ready", name)).isNull();

		// a council opens a session: every member is told, with the link to their scorecard
		Scorecard scorecard = criteria.scorecard("1048-01").orElseThrow();
		List<String> members = new ArrayList<>();
		for (int i = 0; i < MEMBERS.length; i++) {
			members.add("{\"username\":\"%s\",\"role\":\"%s\"}".formatted(MEMBERS[i], i == 0 ? "CHAIR" : "MEMBER"));
		}
		String councilName = "Hội đồng việc cần làm " + suffix;
		String council = JsonPath.read(mvc.perform(post("/api/v1/councils").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"level":"PROVINCE","unitCode":"42","year":2019,"name":"%s","members":[%s]}"""
						.formatted(councilName, String.join(",", members))))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String session = JsonPath.read(mvc.perform(post("/api/v1/evaluations").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, product)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String scorecardLink = "/evaluation/sessions/" + session + "/products/" + product;
		for (String member : MEMBERS) {
			await().atMost(Duration.ofSeconds(10)).until(() -> notice(member, "evaluation.session-opened", scorecardLink) != null);
			assertThat(notice(member, "evaluation.session-opened", scorecardLink).get("text").toString())
					.contains(councilName);
			Map<String, Object> toScore = item(member, "evaluation.to-score", councilName);
			assertThat(toScore).as("%s has a scorecard to fill in", member).isNotNull();
			assertThat(toScore.get("link")).isEqualTo(scorecardLink);
		}
		assertThat(item("council1", "evaluation.attendance", councilName)).isNotNull();
		assertThat(item("council2", "evaluation.attendance", councilName)).isNull();

		// the chair records attendance: gone from the chair's list
		List<String> present = new ArrayList<>();
		for (String member : MEMBERS) {
			present.add("{\"username\":\"%s\",\"status\":\"PRESENT\"}".formatted(member));
		}
		mvc.perform(put("/api/v1/evaluations/" + session + "/attendance").with(basic("council1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"members\":[" + String.join(",", present) + "]}"))
				.andExpect(status().isOk());
		assertThat(item("council1", "evaluation.attendance", councilName)).isNull();

		// each member's scorecard submitted: gone from that member's list; then the chair may close
		Map<String, Object> sheet = new LinkedHashMap<>();
		sheet.put("selections", vn.ocop.support.RatedProducts.picksFor(scorecard, 62));
		sheet.put("submit", true);
		for (String member : MEMBERS) {
			assertThat(item("council1", "evaluation.ready-to-close", councilName)).isNull();
			mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + product + "/scorecard").with(basic(member))
					.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(sheet)))
					.andExpect(status().isOk());
			assertThat(item(member, "evaluation.to-score", councilName)).as("%s has scored", member).isNull();
		}
		assertThat(item("council1", "evaluation.ready-to-close", councilName)).isNotNull();
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1"))).andExpect(status().isOk());
		assertThat(item("council1", "evaluation.ready-to-close", councilName)).isNull();

		// the result goes to the producer
		String resultLink = "/evaluation/products/" + product;
		await().atMost(Duration.ofSeconds(10)).until(() -> notice("producer", "evaluation.result", resultLink) != null);
		assertThat(notice("producer", "evaluation.result", resultLink).get("text").toString()).contains(name)
				.contains("62,00 điểm").contains("3 sao");

		// recognised: the producer is told of the certificate
		String certificate = JsonPath.read(mvc.perform(post("/api/v1/certificates").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"productId\":\"" + product
						+ "\",\"decisionNumber\":\"77/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now(clock)
						+ "\",\"signer\":\"Trần Báu Hà\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.code");
		await().atMost(Duration.ofSeconds(10))
				.until(() -> notice("producer", "certification.issued", "/certification/" + certificate) != null);
		assertThat(notice("producer", "certification.issued", "/certification/" + certificate).get("text").toString())
				.contains(name).contains("3 sao").contains("77/QĐ-UBND");
	}

	// ---------------------------------------------------------------- helpers

	private List<Map<String, Object>> items(String username) throws Exception {
		String json = mvc.perform(get("/api/v1/me/work-items").with(basic(username))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$");
	}

	private Map<String, Object> item(String username, String kind, String titlePart) throws Exception {
		return items(username).stream().filter(i -> kind.equals(i.get("kind")))
				.filter(i -> i.get("title").toString().contains(titlePart)).findFirst().orElse(null);
	}

	/** The count of the user's item of the kind whose title names {@code titlePart}; 0 if there is none. */
	private long count(String username, String kind, String titlePart) throws Exception {
		Map<String, Object> item = item(username, kind, titlePart);
		return item == null ? 0 : ((Number) item.get("count")).longValue();
	}

	private Map<String, Object> notice(String username, String topic, String link) throws Exception {
		String json = mvc.perform(get("/api/v1/notifications").param("limit", "200").with(basic(username)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> all = JsonPath.read(json, "$");
		return all.stream().filter(n -> topic.equals(n.get("topic")) && link.equals(n.get("link"))).findFirst()
				.orElse(null);
	}

	/** Every item links inside the application, has its text, and says "còn / quá hạn N ngày" as its deadline is. */
	private void assertWellFormed(String username, List<Map<String, Object>> items) {
		LocalDate today = LocalDate.now(clock);
		LocalDate previous = null;
		boolean undated = false;
		for (var item : items) {
			assertThat(item.get("link").toString()).as("%s: %s", username, item).startsWith("/");
			assertThat(item.get("title").toString()).as("%s: %s", username, item).doesNotStartWith("work.")
					.doesNotContain("{0}");
			assertThat(((Number) item.get("count")).longValue()).isPositive();
			Object deadline = item.get("deadline");
			if (deadline == null) {
				undated = true;
				assertThat(item.get("due")).isNull();
				continue;
			}
			assertThat(undated).as("%s: dated items come first", username).isFalse();
			LocalDate day = LocalDate.parse(deadline.toString());
			assertThat(previous == null || !day.isBefore(previous)).as("%s: by deadline", username).isTrue();
			previous = day;
			long left = ChronoUnit.DAYS.between(today, day);
			assertThat(((Number) item.get("daysLeft")).longValue()).isEqualTo(left);
			assertThat(item.get("due")).isEqualTo(left > 0 ? "còn " + left + " ngày"
					: left < 0 ? "quá hạn " + -left + " ngày" : "hạn hôm nay");
		}
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, PASSWORD);
	}
}
