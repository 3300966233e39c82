package vn.ocop.probe;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The probe's 500s (issue 15, finding 6), each answered 4xx — as problem+json on the API: figures beyond their
 * columns, null items and oversized lists, paging and years near the int limits (the anonymous shop page too), a
 * NUL character in text, and GET /error.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InputBoundsIntegrationTests {

	static final RequestPostProcessor ADMIN = httpBasic("admin", "ocop-demo");

	@Autowired
	MockMvc mvc;

	@Test
	void shouldAnswerTheErrorPathItselfWithAProblem() throws Exception {
		problem(mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)), 404);
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void shouldRefusePagesAndYearsNearTheIntLimits() throws Exception {
		mvc.perform(get("/shop").param("page", "99999999")).andExpect(status().isBadRequest());
		mvc.perform(get("/news").param("page", "2147483647")).andExpect(status().isBadRequest());
		for (String year : new String[] { "2147483647", "-2147483647" }) {
			problem(mvc.perform(get("/api/v1/inspections").param("year", year).with(ADMIN)), 400);
			problem(mvc.perform(get("/api/v1/inspections/export.xlsx").param("year", year).with(ADMIN)), 400);
			problem(mvc.perform(get("/api/v1/shop/office/sales").param("year", year).with(ADMIN)), 400);
			problem(mvc.perform(get("/api/v1/reports/kpi/revenue-by-month").param("year", year).with(ADMIN)), 400);
		}
		problem(mvc.perform(get("/api/v1/users").param("page", "2147483647").with(ADMIN)), 400);
	}

	@Test
	void shouldRefuseFiguresBeyondTheirColumnsNullItemsAndLongLists() throws Exception {
		problem(json(post("/api/v1/reports/monthly"), """
				{"producerId":"%s","period":"2025-01","productionVolume":1e30,"revenueVnd":1,"workers":1}"""
				.formatted(UUID.randomUUID())), 400).andExpect(jsonPath("$.errors[0].field").value("productionVolume"));
		problem(json(post("/api/v1/plans/2019/targets"), """
				{"code":"x","label":"x","amount":123456789012345.5,"unit":"x"}"""), 400);
		problem(json(put("/api/v1/inspections/" + UUID.randomUUID() + "/checklist"), "{\"checks\":[null]}"), 400);
		problem(json(post("/api/v1/councils"), """
				{"level":"PROVINCE","unitCode":"42","year":2025,"name":"x","members":[null]}"""), 400);
		problem(json(put("/api/v1/cycles/2025/phases"), "[null]"), 400);
		problem(json(post("/api/v1/inspections/plans"), "{\"year\":2025,\"title\":\"x\",\"checklist\":[null]}"), 400);
		problem(json(post("/api/v1/reports/monthly"), """
				{"producerId":"%s","period":"2025-01","productionVolume":1,"revenueVnd":1,"workers":1,
				 "salesChannels":[null]}""".formatted(UUID.randomUUID())), 400);
	}

	@Test
	void shouldRefuseNulInTextBeforeItReachesTheDatabase() throws Exception {
		problem(json(post("/api/v1/plans"), "{\"year\":2031,\"title\":\"K\\u0000H\"}"), 400);
		problem(mvc.perform(get("/api/v1/users").param("q", "a\u0000b").with(ADMIN)), 400);
		mvc.perform(get("/products").param("q", "a\u0000b")).andExpect(status().isBadRequest());
	}

	private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(status)).andExpect(jsonPath("$.detail").isNotEmpty());
	}
}
