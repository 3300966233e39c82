package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

import vn.ocop.support.RegistryFixtures;

/**
 * The central council's result as the API and the product's results page give it (issue 14): read back as JSON (404
 * problem+json when none is recorded), and its minutes or result document attached by the office — a PDF, JPEG or
 * PNG by its content, whatever its name — then downloaded by whoever sees the product's results. On the demo's
 * "Cam bonsai Vũ Quang", passed on to the central council with 95 points and proposed for 5★.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CentralResultIntegrationTests {

	static final byte[] PDF = RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Test
	void shouldGiveTheCentralResultAsJsonAnd404WithoutOne() throws Exception {
		UUID bonsai = product("Cam bonsai Vũ Quang");
		mvc.perform(get("/api/v1/products/" + bonsai + "/central-result").with(basic("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.productId").value(bonsai.toString()))
				.andExpect(jsonPath("$.proposedStars").value(5))
				.andExpect(jsonPath("$.minutesReference").value("BB-HĐTW/4512/QĐ-BNNMT"));
		// a council member of the province sees it too; another producer does not
		mvc.perform(get("/api/v1/products/" + bonsai + "/central-result").with(basic("council1")))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/products/" + bonsai + "/central-result").with(basic("producer-hs")))
				.andExpect(status().isForbidden());

		UUID rated = product("Cây cam cảnh Vũ Quang");
		mvc.perform(get("/api/v1/products/" + rated + "/central-result").with(basic("admin")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("Hội đồng Trung ương")));
		mvc.perform(get("/api/v1/products/" + rated + "/central-result/minutes").with(basic("admin")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/products/" + UUID.randomUUID() + "/central-result").with(basic("admin")))
				.andExpect(status().isNotFound());
	}

	@Test
	void shouldAttachTheMinutesCheckedByContentAndServeThemBack() throws Exception {
		UUID bonsai = product("Cam bonsai Vũ Quang");
		String api = "/api/v1/products/" + bonsai + "/central-result/minutes";
		// only the office uploads, refused at the door before the file is read
		mvc.perform(multipart(api).file(file("bien-ban.pdf", PDF)).with(basic("council1")))
				.andExpect(status().isForbidden());
		// a text file named .pdf is not a PDF
		mvc.perform(multipart(api).file(file("bien-ban.pdf", "Biên bản họp".getBytes(StandardCharsets.UTF_8)))
				.with(basic("admin")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("PDF, JPEG hoặc PNG")));
		mvc.perform(multipart(api).file(file("empty.pdf", new byte[0])).with(basic("admin")))
				.andExpect(status().isUnprocessableContent());

		mvc.perform(multipart(api).file(file("Biên bản HĐTW 12/2026.pdf", PDF)).with(basic("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.minutes.fileName").value("Biên bản HĐTW 12_2026.pdf"))
				.andExpect(jsonPath("$.minutes.contentType").value("application/pdf"))
				.andExpect(jsonPath("$.minutes.size").value(PDF.length))
				.andExpect(jsonPath("$.minutes.uploadedBy").value("admin"))
				.andExpect(jsonPath("$.proposedStars").value(5));
		byte[] back = mvc.perform(get(api).with(basic("council1")))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(back).isEqualTo(PDF);
		mvc.perform(get(api).with(basic("producer-hs"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldLetTheOfficeAttachTheMinutesFromTheResultsPage() throws Exception {
		UUID bonsai = product("Cam bonsai Vũ Quang");
		String page = "/evaluation/products/" + bonsai;
		RequestPostProcessor office = user("admin").roles("PROVINCE_ADMIN");
		mvc.perform(multipart(page + "/central-result/minutes").file(file("bien-ban.png", "not a picture".getBytes(
				StandardCharsets.UTF_8))).with(office).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
						"(?s).*id=\"file-error\"[^>]*>[^<]*PDF, JPEG hoặc PNG.*")));
		mvc.perform(get(page).with(office))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("bien-ban.png"))));
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		mvc.perform(multipart(page + "/central-result/minutes").file(file("bien-ban-hdtw.png", png)).with(office)
				.with(csrf()))
				.andExpect(redirectedUrl(page + "#central-council"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("flash", "evaluation.page.central.attached"));
		mvc.perform(get(page).with(office))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("bien-ban-hdtw.png")))
				.andExpect(content().string(containsString(page + "/central-result/minutes")))
				.andExpect(content().string(containsString("Thay biên bản")));
		mvc.perform(get(page + "/central-result/minutes").with(office))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.IMAGE_PNG))
				.andExpect(content().bytes(png));
		// a council member sees the link, not the form
		mvc.perform(get(page).with(user("council1").roles("COUNCIL_MEMBER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("bien-ban-hdtw.png")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("central-minutes-file"))));
	}

	private UUID product(String name) throws Exception {
		String json = mvc.perform(get("/api/v1/products").param("q", name).param("size", "50").with(basic("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(json, "$.items[?(@.name == '" + name + "')].id");
		assertThat(ids).as(name).isNotEmpty();
		return UUID.fromString(ids.get(0));
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/pdf", content);
	}

	private static RequestPostProcessor basic(String account) {
		return httpBasic(account, RegistryFixtures.PASSWORD);
	}
}
