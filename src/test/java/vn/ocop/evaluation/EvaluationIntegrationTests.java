package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.identity.NewUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.support.RegistryFixtures;

/**
 * A provincial council scores three products on the real scorecard 1048-01 through the JSON API: exact totals and
 * means, stars, a divergence re-scored after discussion, a conflict of interest, quorum, and escalation of a 5★
 * result to the central level under Decision 1048.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EvaluationIntegrationTests {

	static final String PASSWORD = "ocop-demo";
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	UserManagement users;

	Scorecard scorecard;
	String secretary;

	@BeforeEach
	void setUp() {
		scorecard = criteria.scorecard("1048-01").orElseThrow();
		secretary = "thuky-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(new NewUser(secretary, "Thư ký Hội đồng", null, PASSWORD, Set.of(Role.COUNCIL_MEMBER), "42"));
	}

	@Test
	void shouldScoreRankAndEscalateAsTheCouncilDecides() throws Exception {
		var fixtures = new RegistryFixtures(mvc);
		UUID producer = fixtures.producer("HTX Đánh giá Đức Lĩnh", "18322", "producer");
		UUID fruit = fixtures.submittedProduct(producer, "Cam chanh Đức Lĩnh", "18322");
		UUID pomelo = fixtures.submittedProduct(producer, "Bưởi đỏ Đức Lĩnh", "18322");
		UUID lemon = fixtures.submittedProduct(producer, "Chanh leo Đức Lĩnh", "18322");

		// a council needs exactly one chair and council-member accounts
		mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"level":"PROVINCE","unitCode":"42","year":2019,"name":"Hội đồng thử",
				 "members":[{"username":"council1","role":"CHAIR"},{"username":"council2","role":"CHAIR"}]}"""))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"level":"PROVINCE","unitCode":"42","year":2019,"name":"Hội đồng thử",
				 "members":[{"username":"council1","role":"CHAIR"},{"username":"producer","role":"MEMBER"}]}"""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("producer")));
		String council = id(mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"PROVINCE","unitCode":"42","year":2019,"name":"Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hà Tĩnh",
						 "members":[{"username":"council1","role":"CHAIR"},{"username":"council2","role":"STANDING_VICE_CHAIR"},
						            {"username":"council3","role":"MEMBER"},{"username":"council4","role":"MEMBER"},
						            {"username":"council5","role":"EXPERT"},{"username":"%s","role":"SECRETARY"}]}"""
						.formatted(secretary)))
				.andExpect(status().isCreated()));

		// the session puts the products under evaluation
		mvc.perform(post("/api/v1/evaluations").with(basic("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, fruit)))
				.andExpect(status().isForbidden());
		String session = id(mvc.perform(post("/api/v1/evaluations").with(basic(secretary)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\",\"%s\",\"%s\"]}".formatted(council, fruit, pomelo, lemon)))
				.andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/products/" + fruit).with(admin())).andExpect(jsonPath("$.status").value("UNDER_EVALUATION"));
		mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, fruit)))
				.andExpect(status().isConflict());

		// bad scorecards are refused, naming the problem; non-members and the secretary may not score
		mvc.perform(scorecard(session, fruit, "producer", Map.of("A1.1", 3), false)).andExpect(status().isForbidden());
		mvc.perform(scorecard(session, fruit, secretary, Map.of("A1.1", 3), false)).andExpect(status().isForbidden());
		mvc.perform(scorecard(session, fruit, "council1", Map.of("Z9.9", 1, "A1.1", 9), false))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.unknownCriteria").value(contains("Z9.9")))
				.andExpect(jsonPath("$.unknownOptions").value(contains("A1.1=9")));
		mvc.perform(scorecard(session, fruit, "council1", Map.of("A1.1", 3, "A1.2", 4), false))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(6))
				.andExpect(jsonPath("$.complete").value(false));
		mvc.perform(scorecard(session, fruit, "council1", Map.of(), true))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.unanswered").value(hasItem("C5.1")))
				.andExpect(jsonPath("$.unanswered").value(not(hasItem("C6.1")))); // C6.1 is a tick-list: unticked is 0

		// fruit: 62 (hand-picked), 60, 64, 58, 67 → 62.20 → 3★, recognised by the province
		mvc.perform(scorecard(session, fruit, "council1", Scorecards.handPicked62(), true))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(62)).andExpect(jsonPath("$.complete").value(true));
		mvc.perform(scorecard(session, fruit, "council1", Map.of("A1.1", 1), false)).andExpect(status().isConflict());
		submit(session, fruit, "council2", 60);
		submit(session, fruit, "council3", 64);

		// presence is recorded, not inferred from who scored: without attendance the session cannot close
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.attendanceRecorded").value(false))
				.andExpect(jsonPath("$.quorum").value(false));
		mvc.perform(put("/api/v1/evaluations/" + session + "/attendance").with(basic("council3"))
				.contentType(MediaType.APPLICATION_JSON).content(attendance("PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT")))
				.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/evaluations/" + session + "/attendance").with(basic(secretary))
				.contentType(MediaType.APPLICATION_JSON).content(attendance("ABSENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT")))
				.andExpect(status().isConflict()) // council1 has submitted a scorecard: present
				.andExpect(jsonPath("$.detail").value(containsString("council1")));
		mvc.perform(put("/api/v1/evaluations/" + session + "/attendance").with(basic(secretary))
				.contentType(MediaType.APPLICATION_JSON).content(attendance("PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.attendance.length()").value(6));

		// not everyone present has scored yet: fruit lacks two scorecards, the others have none
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.quorum").value(true))
				.andExpect(jsonPath("$.unscored").value(contains("Cam chanh Đức Lĩnh (council4, council5)",
						"Bưởi đỏ Đức Lĩnh (council1, council2, council3, council4, council5)",
						"Chanh leo Đức Lĩnh (council1, council2, council3, council4, council5)")));
		submit(session, fruit, "council4", 58);
		submit(session, fruit, "council5", 67);

		// pomelo: 95, 80, 92, 90, 93 — 15 points apart, discussed, council2 re-scores 90: both scorings kept
		submit(session, pomelo, "council1", 95);
		submit(session, pomelo, "council2", 80);
		submit(session, pomelo, "council3", 92);
		submit(session, pomelo, "council4", 90);
		submit(session, pomelo, "council5", 93);
		mvc.perform(get("/api/v1/evaluations/" + session + "/progress").with(basic("council1")))
				.andExpect(jsonPath("$.rows[?(@.productName == 'Bưởi đỏ Đức Lĩnh')].divergent").value(contains(true)))
				.andExpect(jsonPath("$.rows[?(@.productName == 'Cam chanh Đức Lĩnh')].divergent").value(contains(false)))
				.andExpect(jsonPath("$.rows[?(@.productName == 'Cam chanh Đức Lĩnh')].mean").value(contains(62.2)));
		mvc.perform(post("/api/v1/evaluations/" + session + "/products/" + fruit + "/rescoring").with(basic("council2")))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/evaluations/" + session + "/products/" + pomelo + "/rescoring").with(basic("council2")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.round").value(2))
				.andExpect(jsonPath("$.total").value(80));
		mvc.perform(scorecard(session, pomelo, "council2", Scorecards.picksFor(scorecard, 90), true))
				.andExpect(jsonPath("$.total").value(90)).andExpect(jsonPath("$.round").value(2));

		// lemon: council5 declares a conflict of interest and cannot score it; 49, 50, 50, 50 → 49.75 → 2★
		mvc.perform(post("/api/v1/evaluations/" + session + "/products/" + lemon + "/conflict").with(basic("council5"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Người thân là thành viên hợp tác xã\"}"))
				.andExpect(status().isNoContent());
		mvc.perform(scorecard(session, lemon, "council5", Scorecards.picksFor(scorecard, 100), true))
				.andExpect(status().isConflict());
		submit(session, lemon, "council1", 49);
		submit(session, lemon, "council2", 50);
		submit(session, lemon, "council3", 50);
		submit(session, lemon, "council4", 50);

		// only the chair or the secretary closes
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council2"))).andExpect(status().isForbidden());
		String results = mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1")))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertResult(results, fruit, "62.2", 3, "RATED", false, List.of(58, 60, 62, 64, 67));
		assertResult(results, pomelo, "92.0", 5, "ESCALATED", false, List.of(90, 90, 92, 93, 95));
		assertResult(results, lemon, "49.75", 2, "NOT_RATED", false, List.of(49, 50, 50, 50));
		assertThat(JsonPath.<List<String>>read(results, "$.results[?(@.productId == '" + pomelo + "')].escalatedTo"))
				.containsExactly("CENTRAL");
		assertThat(JsonPath.<List<Object>>read(results, "$.results[?(@.productId == '" + pomelo + "')].members[?(@.username == 'council2')].round"))
				.containsExactly(2);

		mvc.perform(get("/api/v1/products/" + fruit).with(admin()))
				.andExpect(jsonPath("$.status").value("RATED")).andExpect(jsonPath("$.stars").value(3));
		mvc.perform(get("/api/v1/products/" + pomelo).with(admin())).andExpect(jsonPath("$.status").value("UNDER_EVALUATION"));
		mvc.perform(get("/api/v1/products/" + lemon).with(admin())).andExpect(jsonPath("$.status").value("NOT_RATED"));
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(basic("council1"))).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/evaluations/" + session + "/results").with(basic("council3")))
				.andExpect(jsonPath("$.status").value("CLOSED"));

		// the producer sees the result per part and how far the product is from the next star
		mvc.perform(get("/api/v1/products/" + fruit + "/evaluations").with(basic("producer-hs"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/products/" + fruit + "/evaluations").with(basic("producer")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].result.score").value(62.2))
				.andExpect(jsonPath("$[0].result.parts.A").exists())
				.andExpect(jsonPath("$[0].nextStars").value(4))
				.andExpect(jsonPath("$[0].pointsToNextStar").value(7.8));

		// a central council picks up the product passed on to it
		String central = id(mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"CENTRAL","unitCode":"42","year":2019,"name":"Hội đồng Trung ương (ghi nhận kết quả)",
						 "members":[{"username":"council1","role":"CHAIR"},{"username":"council2","role":"MEMBER"}]}"""))
				.andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(central, fruit)))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(central, pomelo)))
				.andExpect(status().isCreated());
	}

	/** The attendance of council1 … council5 in that order, the secretary present. */
	private String attendance(String... statuses) {
		var entries = new java.util.ArrayList<String>();
		for (int i = 0; i < statuses.length; i++) {
			entries.add("{\"username\":\"council%d\",\"status\":\"%s\"}".formatted(i + 1, statuses[i]));
		}
		entries.add("{\"username\":\"%s\",\"status\":\"PRESENT\"}".formatted(secretary));
		return "{\"members\":[" + String.join(",", entries) + "]}";
	}

	private void submit(String session, UUID product, String member, int total) throws Exception {
		mvc.perform(scorecard(session, product, member, Scorecards.picksFor(scorecard, total), true))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(total))
				.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	private org.springframework.test.web.servlet.RequestBuilder scorecard(String session, UUID product, String member,
			Map<String, Integer> picks, boolean submit) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("selections", picks);
		body.put("submit", submit);
		return put("/api/v1/evaluations/" + session + "/products/" + product + "/scorecard").with(basic(member))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
	}

	private static void assertResult(String results, UUID product, String score, int stars, String outcome,
			boolean divergent, List<Integer> totals) {
		String path = "$.results[?(@.productId == '" + product + "')]";
		assertThat(JsonPath.<List<Object>>read(results, path + ".score")).singleElement()
				.satisfies(s -> assertThat(new java.math.BigDecimal(s.toString())).isEqualByComparingTo(score));
		assertThat(JsonPath.<List<Integer>>read(results, path + ".stars")).containsExactly(stars);
		assertThat(JsonPath.<List<String>>read(results, path + ".outcome")).containsExactly(outcome);
		assertThat(JsonPath.<List<Boolean>>read(results, path + ".divergent")).containsExactly(divergent);
		assertThat(JsonPath.<List<Integer>>read(results, path + ".members[*].total")).containsExactlyInAnyOrderElementsOf(totals);
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return basic("admin");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String username) {
		return httpBasic(username, PASSWORD);
	}
}
