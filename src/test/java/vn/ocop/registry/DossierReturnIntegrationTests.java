package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.RatedProducts;

/**
 * A filed dossier returned as incomplete: the officer of the area says what is missing, the producer finds it in
 * the work list and on the dossier, completes it and files it again, and the officer who returned it is told.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DossierReturnIntegrationTests {

	static final String PASSWORD = "ocop-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Test
	void shouldReturnAnIncompleteDossierToTheProducerAndTellTheOfficerOfItsResubmission() throws Exception {
		var fixtures = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String token = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = fixtures.producer("HTX Trả hồ sơ " + token, "18322", "producer");
		UUID product = fixtures.submitted(producer, "Mật ong trả lại " + token, "18322", null, false);
		String link = "/registry/products/" + product;
		String reason = "Thiếu giấy chứng nhận an toàn thực phẩm " + token;

		// the producer cannot return its own dossier, an officer of another district cannot see it, a reason is required
		mvc.perform(returning(product, reason).with(as("producer"))).andExpect(status().isForbidden());
		mvc.perform(returning(product, reason).with(as("district-hs"))).andExpect(status().isForbidden());
		mvc.perform(returning(product, " ").with(as("district"))).andExpect(status().isBadRequest());

		mvc.perform(returning(product, reason).with(as("district"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("RETURNED"));
		// only a filed dossier is returned
		mvc.perform(returning(product, reason).with(as("district"))).andExpect(status().isConflict());

		// the producer: told, in the work list with what is missing, on the dossier page with a way to resubmit
		await().atMost(Duration.ofSeconds(10)).until(() -> notice("producer", "registry.dossier-returned", link) != null);
		assertThat(notice("producer", "registry.dossier-returned", link).get("text").toString()).contains(reason);
		Map<String, Object> item = workItems("producer").stream()
				.filter(i -> "registry.dossier-returned".equals(i.get("kind")) && link.equals(i.get("link")))
				.findFirst().orElseThrow();
		assertThat(item.get("title").toString()).contains("Mật ong trả lại " + token).contains(reason);
		String page = mvc.perform(get(link).with(page("producer", "PRODUCER"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("id=\"dossier-returned\"").contains(reason).contains("/submission")
				.doesNotContain("id=\"return-panel\"");
		String officerPage = mvc.perform(get(link).with(page("district", "DISTRICT_OFFICER"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(officerPage).contains("Hồ sơ bị trả lại").doesNotContain("id=\"return-panel\"");
		mvc.perform(get("/api/v1/products/" + product + "/timeline").with(as("producer")))
				.andExpect(jsonPath("$[-1].to").value("RETURNED")).andExpect(jsonPath("$[-1].reason").value(reason))
				.andExpect(jsonPath("$[-1].by").value("district"));

		// the producer files it again; the officer who returned it is told
		mvc.perform(post("/api/v1/products/" + product + "/submission").with(as("producer"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SUBMITTED"));
		await().atMost(Duration.ofSeconds(10)).until(() -> notice("district", "registry.dossier-resubmitted", link) != null);
		assertThat(notice("district", "registry.dossier-resubmitted", link).get("text").toString())
				.contains("Mật ong trả lại " + token).contains("HTX Trả hồ sơ " + token);
		assertThat(workItems("producer")).noneMatch(i -> link.equals(i.get("link")));
		String filed = mvc.perform(get(link).with(page("district", "DISTRICT_OFFICER"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(filed).contains("id=\"return-panel\"").doesNotContain("id=\"dossier-returned\"");
	}

	@Test
	void shouldReturnADossierFromTheProductPage() throws Exception {
		var fixtures = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String token = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = fixtures.producer("HTX Trang trả hồ sơ " + token, "18322", null);
		UUID product = fixtures.submitted(producer, "Nước mắm trả lại " + token, "18322", null, false);
		String link = "/registry/products/" + product;

		mvc.perform(post(link + "/return").param("reason", "").with(page("district", "DISTRICT_OFFICER"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("id=\"reason-error\">Cần ghi rõ lý do.")));
		mvc.perform(get("/api/v1/products/" + product).with(as("district")))
				.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post(link + "/return").param("reason", "Thiếu nhãn sản phẩm").with(page("district", "DISTRICT_OFFICER"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("flash", "registry.page.return.done"));
		mvc.perform(get("/api/v1/products/" + product).with(as("district")))
				.andExpect(jsonPath("$.status").value("RETURNED"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder returning(UUID product,
			String reason) {
		return post("/api/v1/products/" + product + "/return").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"" + reason + "\"}");
	}

	private List<Map<String, Object>> workItems(String username) throws Exception {
		String json = mvc.perform(get("/api/v1/me/work-items").with(as(username))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$");
	}

	private Map<String, Object> notice(String username, String topic, String link) throws Exception {
		String json = mvc.perform(get("/api/v1/notifications").param("limit", "200").with(as(username)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> all = JsonPath.read(json, "$");
		return all.stream().filter(n -> topic.equals(n.get("topic")) && link.equals(n.get("link"))).findFirst()
				.orElse(null);
	}

	/** A signed-in page visitor (pages sign in with a form, not HTTP Basic). */
	private static RequestPostProcessor page(String username, String role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username)
				.roles(role);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}
}
