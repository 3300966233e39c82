package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Every rendered page gets the layout's model: the menu of the signed-in user's roles, the current path, sign-in. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LayoutModelTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSignedInOfficerGetsTheMenuOfTheirRolesWithTheCurrentSectionActive() throws Exception {
		var response = mvc.perform(get("/registry/products").with(user("admin").roles("PROVINCE_ADMIN")))
				.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		var page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		var sections = page.select("#mainNav .navbar-nav.me-auto > li > a.nav-link");
		assertThat(sections.eachText()).contains("Hồ sơ & chu trình", "Đánh giá & chứng nhận");
		assertThat(page.select("#mainNav a.nav-link.active").eachText()).containsExactly("Hồ sơ & chu trình");
		assertThat(page.select("a[href=/login]")).isEmpty();
	}

	@Test
	void aVisitorGetsNoMenuAndTheSignInLink() throws Exception {
		var response = mvc.perform(get("/")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		var page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#mainNav .navbar-nav.me-auto > li")).isEmpty();
		assertThat(page.select("a[href=/login]")).isNotEmpty();
	}
}
