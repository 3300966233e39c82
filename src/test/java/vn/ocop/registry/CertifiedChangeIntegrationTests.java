package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Issue 15, finding 10: what a certificate recognised (name, product set, packaging, story) changes only when the
 * provincial office approves the producer's request — and then the product, the certificate, /verify and the
 * catalogue all show the new name; until then, and after a rejection, they all show the certified one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CertifiedChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	vn.ocop.notification.Notifications notifications;

	@Test
	void aRegisteredIdeaIsAnnouncedToTheSelectingOfficersAndTheDecisionToTheProducer() throws Exception {
		// issue 16: the hand-offs of the registry's part of the cycle notify the next person
		java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
		int officersBefore = notifications.onTopic("commune", "registry.idea-registered", vi).size()
				+ notifications.onTopic("district", "registry.idea-registered", vi).size();
		int producerBefore = notifications.onTopic("producer", "registry.selection", vi).size();
		var rated = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		UUID producer = rated.producer("HTX Thông báo " + UUID.randomUUID().toString().substring(0, 6), "18322", "producer");
		String name = "Cam thông báo " + UUID.randomUUID().toString().substring(0, 6);
		rated.submitted(producer, name, "18322", null, false);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(notifications.onTopic("commune", "registry.idea-registered", vi).size()
					+ notifications.onTopic("district", "registry.idea-registered", vi).size()).isGreaterThan(officersBefore);
			// other tests' notices to the same account may arrive meanwhile: look for this product's
			assertThat(notifications.onTopic("producer", "registry.selection", vi)).hasSizeGreaterThan(producerBefore)
					.anySatisfy(n -> assertThat(n.text()).contains(name).contains("đã được lựa chọn"));
		});
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, RatedProducts.PASSWORD);
	}

	/** A signed-in page session (pages do not take HTTP Basic). */
	static RequestPostProcessor page(String username, String role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username)
				.roles(role);
	}

	@Test
	void aCertifiedNameChangesOnlyWhenTheOfficeApprovesAndThenEverywhere() throws Exception {
		var rated = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String token = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = rated.producer("HTX Đổi tên " + token, "18322", "producer");
		UUID product = rated.submitted(producer, "Cam cũ " + token, "18322", null, false);
		String code = rated.certified(product, 75);
		String newName = "Cam Khe Mây " + token;
		// the office itself may set the packaging; a request that leaves it out keeps it
		mvc.perform(put("/api/v1/products/" + product).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Cam cũ %s","producerId":"%s","productSetCode":"1048-01","communeCode":"18322","packaging":"Hộp 5 kg"}"""
						.formatted(token, producer))).andExpect(status().isOk());

		// the producer may not rename it directly, but may ask
		mvc.perform(put("/api/v1/products/" + product).with(as("producer")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"1048-01","communeCode":"18322"}"""
						.formatted(newName, producer))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/products/" + product + "/certified-changes").with(as("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","productSetCode":"1048-01","reason":""}""".formatted(newName)))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/products/" + product + "/certified-changes").with(as("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"Cam cũ %s","productSetCode":"1048-01","reason":"Không đổi gì"}""".formatted(token)))
				.andExpect(status().isUnprocessableEntity());
		String first = JsonPath.read(mvc.perform(post("/api/v1/products/" + product + "/certified-changes")
				.with(as("producer")).contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","productSetCode":"1048-01","reason":"Đăng ký nhãn hiệu tập thể Khe Mây"}"""
						.formatted(newName)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
				.andExpect(jsonPath("$.currentName").value("Cam cũ " + token))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		// one request at a time; another producer sees nothing of it; only the office decides
		mvc.perform(post("/api/v1/products/" + product + "/certified-changes").with(as("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"Tên khác %s","productSetCode":"1048-01","reason":"Thử lại"}""".formatted(token)))
				.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/certified-changes/" + first).with(as("producer-hs"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/certified-changes/" + first + "/approval").with(as("producer")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/certified-changes/" + first + "/approval").with(as("district")))
				.andExpect(status().isForbidden());

		// the office rejects (a reason is required): nothing changes anywhere
		mvc.perform(post("/api/v1/certified-changes/" + first + "/rejection").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/api/v1/certified-changes/" + first + "/rejection").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Chưa có văn bản bảo hộ nhãn hiệu\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
		mvc.perform(post("/api/v1/certified-changes/" + first + "/approval").with(as("admin")))
				.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/products/" + product).with(as("producer")))
				.andExpect(jsonPath("$.name").value("Cam cũ " + token));

		// a request without its reason shows the product page again with the error beside the reason: nothing asked
		mvc.perform(post("/registry/products/" + product + "/certified-changes")
				.with(page("producer", "PRODUCER")).with(csrf()).param("name", newName).param("productSetCode", "1048-01")
				.param("reason", " "))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("aria-describedby=\"reason-error\"")))
				.andExpect(content().string(containsString("id=\"reason-error\">không được để trống")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"name-error\""))));
		mvc.perform(get("/api/v1/products/" + product + "/certified-changes").with(as("producer")))
				.andExpect(jsonPath("$.length()").value(1));
		// asked again through the product page, listed in the office's queue, approved there
		mvc.perform(post("/registry/products/" + product + "/certified-changes")
				.with(page("producer", "PRODUCER")).with(csrf()).param("name", newName).param("productSetCode", "1048-01")
				.param("reason", "Đã có văn bản bảo hộ nhãn hiệu"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
						.redirectedUrl("/registry/products/" + product + "#certified-changes"));
		String queue = mvc.perform(get("/registry/certified-changes").with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).contains(newName).contains("Đã có văn bản bảo hộ nhãn hiệu");
		String second = JsonPath.read(mvc.perform(get("/api/v1/products/" + product + "/certified-changes")
				.with(as("producer"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$[0].id");
		// rejecting without a note shows the queue again with the error beside that request's note: still pending
		mvc.perform(post("/registry/certified-changes/" + second + "/decision").with(page("admin", "PROVINCE_ADMIN")).with(csrf())
				.param("decision", "reject").param("note", "").param("back", "/registry/certified-changes"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("aria-describedby=\"note-error\"")))
				.andExpect(content().string(containsString("id=\"note-error\">Khi từ chối, cần ghi rõ lý do để chủ thể biết.")));
		mvc.perform(get("/api/v1/products/" + product + "/certified-changes").with(as("producer")))
				.andExpect(jsonPath("$[0].status").value("PENDING"));
		mvc.perform(post("/registry/certified-changes/" + second + "/decision").with(page("admin", "PROVINCE_ADMIN")).with(csrf())
				.param("decision", "approve").param("note", "Đồng ý"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
						.redirectedUrl("/registry/certified-changes"));

		mvc.perform(get("/api/v1/products/" + product).with(as("producer"))).andExpect(jsonPath("$.name").value(newName))
				.andExpect(jsonPath("$.packaging").value("Hộp 5 kg"));
		// the certificate follows (after the commit): /verify and the certificate API show the new name, the history
		// keeps the old one
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/verify/" + code))
				.andExpect(status().isOk()).andExpect(content().string(containsString(newName)))
				.andExpect(content().string(not(containsString("Cam cũ " + token)))));
		mvc.perform(get("/api/v1/certificates/" + code).with(as("admin"))).andExpect(jsonPath("$.productName").value(newName));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/public/products")
				.param("q", newName)).andExpect(jsonPath("$.items[0].name").value(newName)));
		mvc.perform(get("/api/v1/certificates/" + code + "/history").with(as("admin")))
				.andExpect(content().string(containsString("AMENDED")))
				.andExpect(content().string(containsString("Cam cũ " + token)));
		mvc.perform(get("/registry/products/" + product).with(page("producer", "PRODUCER"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Đã chấp thuận")));
	}
}
