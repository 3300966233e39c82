package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * The home page is rendered once for every visitor without an account and kept per language, day and catalogue
 * version; a signed-in visitor, a request with a query string and a second language never get another visitor's
 * copy.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnonymousPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AnonymousPages pages;

	@Test
	void shouldServeAnonymousVisitorsOneKeptRenderingAndSignedInVisitorsTheirOwn() throws Exception {
		String path = "/";
		String first = page(path);
		long hits = pages.hits();
		String second = page(path);
		assertThat(pages.hits()).as(path).isEqualTo(hits + 1);
		assertThat(second).as(path).isEqualTo(first);
		// nothing of a visitor in the shared copy: no CSRF token, no account, a sign-in link
		assertThat(first).as(path).doesNotContain("name=\"_csrf\"").contains("href=\"/login\"");

		// a signed-in visitor: a rendering of their own, never kept for others
		hits = pages.hits();
		String own = mvc.perform(get(path).with(user("visitor-with-account"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(own).contains("visitor-with-account").doesNotContain("href=\"/login\"");
		assertThat(pages.hits()).isEqualTo(hits);
		assertThat(page(path)).doesNotContain("visitor-with-account");

		// a query string (a language switch) is rendered afresh; the English copy is kept apart from the Vietnamese
		hits = pages.hits();
		assertThat(mvc.perform(get(path).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString()).contains("lang=\"en\"");
		assertThat(pages.hits()).isEqualTo(hits);
		String english = mvc.perform(get(path).cookie(new Cookie("OCOP_LANG", "en"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("lang=\"en\"");
		assertThat(page(path)).contains("lang=\"vi\"");
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getHeader("Cache-Control")).contains("private");
		assertThat(response.getContentType()).startsWith("text/html");
		return response.getContentAsString();
	}
}
