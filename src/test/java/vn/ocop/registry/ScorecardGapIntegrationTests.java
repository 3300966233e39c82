package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Issue 14, "no dead ends": a product whose set has no published scorecard under the rules its dossier falls under
 * is flagged at once — on its page, through the API and in the office's list — instead of being found out when no
 * council can put it into a session. This year's cycle runs under 26/2026, whose only transcribed scorecards are
 * 24 (ornamental plants), 25 and 26.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ScorecardGapIntegrationTests {

	static final String THANH_SEN = "18073";

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	static RequestPostProcessor admin() {
		return httpBasic("admin", RatedProducts.PASSWORD);
	}

	String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	UUID register(UUID producer, int year, String name, String set) throws Exception {
		String json = body(mvc.perform(post("/api/v1/products").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"%s","communeCode":"%s","cycleYear":%d}"""
						.formatted(name, producer, set, THANH_SEN, year)))
				.andExpect(status().isCreated()));
		return UUID.fromString(JsonPath.read(json, "$.id"));
	}

	@Test
	void aProductWhoseSetHasNoScorecardUnderTheRulesThatApplyIsFlaggedAtOnce() throws Exception {
		List<Integer> open = JsonPath.read(body(mvc.perform(get("/api/v1/cycles").with(admin()))),
				"$[?(@.status == 'OPEN')].year");
		int year = open.stream().mapToInt(Integer::intValue).max().orElseThrow();
		var rated = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		UUID producer = rated.producer("HTX Nước mắm " + UUID.randomUUID().toString().substring(0, 6), THANH_SEN, null);
		UUID sauce = register(producer, year, "Nước mắm thử", "26-2026-01");
		UUID bonsai = register(producer, year, "Cây cảnh thử", "26-2026-24");

		mvc.perform(get("/api/v1/products/" + sauce + "/scorecard-gap").with(admin())).andExpect(status().isOk())
				.andExpect(jsonPath("$.productSetCode").value("26-2026-01"))
				.andExpect(jsonPath("$.regulationCode").value(org.hamcrest.Matchers.startsWith("26/2026")));
		mvc.perform(get("/api/v1/products/" + bonsai + "/scorecard-gap").with(admin())).andExpect(status().isNoContent());

		String page = body(mvc.perform(get("/registry/products/" + sauce).with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk()));
		assertThat(page).contains("id=\"scorecard-gap\"").contains("Chưa có bộ tiêu chí được công bố cho bộ sản phẩm 26-2026-01");
		assertThat(body(mvc.perform(get("/registry/products/" + bonsai).with(user("admin").roles("PROVINCE_ADMIN")))))
				.doesNotContain("id=\"scorecard-gap\"");

		List<String> listed = JsonPath.read(body(mvc.perform(get("/api/v1/products/without-scorecard").with(admin()))
				.andExpect(status().isOk())), "$[*].id");
		assertThat(listed).contains(sauce.toString()).doesNotContain(bonsai.toString());
		assertThat(body(mvc.perform(get("/registry/products/without-scorecard").with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk()))).contains("Nước mắm thử").doesNotContain("Cây cảnh thử");
		assertThat(body(mvc.perform(get("/dashboard").with(user("admin").roles("PROVINCE_ADMIN")))))
				.contains("id=\"without-scorecard\"");
		// a producer account has no such list
		mvc.perform(get("/api/v1/products/without-scorecard").with(httpBasic("producer", RatedProducts.PASSWORD)))
				.andExpect(status().isForbidden());
	}
}
