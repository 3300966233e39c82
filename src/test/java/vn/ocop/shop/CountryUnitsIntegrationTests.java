package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitLevel;

/**
 * A buyer's address anywhere in Việt Nam (issue 16): with the country's units loaded (the default outside tests),
 * the shop offers every province and its communes, and an order to a commune of Hà Nội is taken; Hà Tĩnh keeps its
 * own units with their history. A database of its own, so the other tests keep Hà Tĩnh's units only.
 */
@SpringBootTest(properties = { "ocop.geography.load-country=true",
		"spring.datasource.url=jdbc:h2:mem:ocop-country;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CountryUnitsIntegrationTests {

	static final String HOAN_KIEM = "00070";

	@Autowired
	MockMvc mvc;

	@Autowired
	GeographyApi geography;

	@Test
	void aBuyerAnywhereInTheCountryCanGiveTheirAddress() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(geography.unitsInForce(today, UnitLevel.PROVINCE, null)).hasSize(34);
		assertThat(geography.unitsInForce(today, UnitLevel.COMMUNE, null)).hasSize(3321);
		// Hà Tĩnh's own list, with its history, is untouched
		assertThat(geography.unitsInForce(LocalDate.of(2024, 6, 1), UnitLevel.DISTRICT, "42")).isNotEmpty();

		String communes = mvc.perform(get("/shop/communes").param("provinceCode", "01")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(communes).contains("Phường Hoàn Kiếm");

		String listings = mvc.perform(get("/api/v1/shop/listings")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		List<String> ids = JsonPath.read(listings, "$.items[?(@.stock > 0)].id");
		assertThat(ids).isNotEmpty();
		mvc.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content("""
				{"items":[{"listingId":"%s","quantity":1}],
				 "buyer":{"name":"Trần Văn Minh","phone":"0912345678","address":"Số 1 phố Tràng Tiền","communeCode":"%s"},
				 "paymentMethod":"COD"}""".formatted(ids.get(0), HOAN_KIEM)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.orders.length()").value(1));

		// the registry, reports and figures stay the programme's province's
		mvc.perform(post("/api/v1/producers").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.httpBasic("admin", "ocop-demo")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"HTX ngoài tỉnh","legalForm":"COOPERATIVE","registrationNumber":"0109999999","communeCode":"%s"}"""
						.formatted(HOAN_KIEM)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không thuộc tỉnh")));
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the country's 3,321 communes as a number, not as four digits inside an id (an outlet's UUID held "3321")
		assertThat(home).doesNotContainPattern("(?<![\\w-])(?<!\\d[.,])3[.,]?321(?![\\w-])(?![.,]\\d)");
	}
}
