package vn.ocop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts, sign-in, lockout and scope, through the API and the pages, with the demo accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdentityIntegrationTests {

	static final String DEMO_PASSWORD = "ocop-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	vn.ocop.notification.Notifications notifications;

	@Test
	void shouldTellWhoIAmOverHttpBasic() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("district", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("district"))
				.andExpect(jsonPath("$.roles[0]").value("DISTRICT_OFFICER"))
				.andExpect(jsonPath("$.unitCode").value("441"));
	}

	@Test
	void aVisitorIsSentToSignInForAPageThatExistsAndGetsNotFoundForOneThatDoesNot() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/registry/products/" + java.util.UUID.randomUUID())).andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/khong-co-trang-nay")).andExpect(status().isNotFound());
		mvc.perform(get("/registry/khong-co")).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswerUnauthenticatedApiCallsWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/me"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().exists("WWW-Authenticate"))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
		mvc.perform(get("/api/v1/me").with(httpBasic("district", "wrong-password")))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldKeepADistrictOfficerInsideTheDistrict() throws Exception {
		// 'producer' is bound to Đức Lĩnh, a commune of Vũ Quang; 'producer-hs' to Sơn Hồng in Hương Sơn
		mvc.perform(get("/api/v1/users/producer").with(httpBasic("district", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.unitCode").value("18322"));
		mvc.perform(get("/api/v1/users/producer-hs").with(httpBasic("district", DEMO_PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/users/producer").with(httpBasic("district-hs", DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users").with(httpBasic("district", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].username").value(org.hamcrest.Matchers.hasItems("district", "producer", "commune")))
				.andExpect(jsonPath("$.items[*].username").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("producer-hs"))))
				.andExpect(jsonPath("$.items[*].username").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("admin"))));
		// and through the pages
		mvc.perform(get("/users").with(httpBasicSession("district")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("producer")))
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("producer-hs"))));
		// a district officer changes nothing
		mvc.perform(put("/api/v1/users/producer").with(httpBasic("district", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"displayName\":\"x\",\"roles\":[\"PRODUCER\"],\"unitCode\":\"18322\"}"))
				.andExpect(status().isForbidden());
		// a producer may not list accounts at all
		mvc.perform(get("/api/v1/users").with(httpBasic("producer", DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldCreateAnAccountAndRefuseBadInputNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"username":"cb-ducbong","displayName":"Cán bộ xã Đức Bồng","email":"not-an-email",
								 "password":"short","roles":[],"unitCode":"18331"}"""))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'password')].rule").value("Size"))
				.andExpect(jsonPath("$.errors[?(@.field == 'roles')]").exists());

		mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"username":"cb-ducbong","displayName":"Cán bộ xã Đức Bồng",
								 "password":"mat-khau-dai","roles":["COMMUNE_OFFICER"],"unitCode":"99999"}"""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("99999")));
		assertThat(users.exists("cb-ducbong")).isFalse();

		mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"username":"cb-ducbong","displayName":"Cán bộ xã Đức Bồng",
								 "password":"mat-khau-dai","roles":["COMMUNE_OFFICER"],"unitCode":"18331"}"""))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.username").value("cb-ducbong"))
				.andExpect(jsonPath("$.passwordHash").doesNotExist());
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"username":"CB-DucBong","displayName":"Trùng tên",
								 "password":"mat-khau-dai","roles":["COMMUNE_OFFICER"],"unitCode":"18331"}"""))
				.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/me").with(httpBasic("cb-ducbong", "mat-khau-dai")))
				.andExpect(jsonPath("$.unitCode").value("18331"));
		// the Vũ Quang officer sees the new commune officer of Đức Bồng (a Vũ Quang commune)
		mvc.perform(get("/api/v1/users/cb-ducbong").with(httpBasic("district", DEMO_PASSWORD)))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON).content("{\"username\": 12, \"roles\": \"x\""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void shouldSlowAGuessingClientWithoutLockingTheOwnerOut() throws Exception {
		// finding 5 of issue 15: five wrong passwords locked any account, for anyone
		users.create(new NewUser("lock-me", "Người thử khóa", null, "dung-mat-khau", Set.of(Role.EDITOR), "42"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic("lock-me", "sai-mat-khau")).with(from("198.51.100.7")))
					.andExpect(status().isUnauthorized());
		}
		assertThat(users.find("lock-me")).hasValueSatisfying(u -> assertThat(u.locked()).isFalse());
		// the guessing client waits: even the right password is not checked from it for now
		mvc.perform(get("/api/v1/me").with(httpBasic("lock-me", "dung-mat-khau")).with(from("198.51.100.7")))
				.andExpect(status().isUnauthorized());
		// the owner, from elsewhere, signs in
		mvc.perform(get("/api/v1/me").with(httpBasic("lock-me", "dung-mat-khau")).with(from("192.0.2.10")))
				.andExpect(status().isOk());
	}

	@Test
	void shouldLockOnlyOnASustainedAttackAndTellTheOwner() throws Exception {
		users.create(new NewUser("under-attack", "Người bị dò mật khẩu", null, "dung-mat-khau", Set.of(Role.EDITOR), "42"));
		// many clients, each within its free failures: the attack on the account is what counts
		for (int i = 0; i < 50; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic("under-attack", "doan-" + i)).with(from("10.9." + i + ".1"))).andExpect(status().isUnauthorized());
		}
		assertThat(users.find("under-attack")).hasValueSatisfying(u -> assertThat(u.locked()).isTrue());
		mvc.perform(get("/api/v1/me").with(httpBasic("under-attack", "dung-mat-khau")).with(from("192.0.2.11")))
				.andExpect(status().isUnauthorized());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
				assertThat(notifications.recent("under-attack", 10, java.util.Locale.forLanguageTag("vi")))
						.anySatisfy(n -> assertThat(n.text()).contains("50 lần đăng nhập sai")));

		mvc.perform(post("/api/v1/users/under-attack/unlock").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
		mvc.perform(get("/api/v1/me").with(httpBasic("under-attack", "dung-mat-khau")).with(from("192.0.2.11")))
				.andExpect(status().isOk());
	}

	@Test
	void shouldAnswerEveryFailedSignInTheSameWay() throws Exception {
		users.create(new NewUser("same-locked", "Khóa", null, "dung-mat-khau", Set.of(Role.EDITOR), "42"));
		users.create(new NewUser("same-disabled", "Tắt", null, "dung-mat-khau", Set.of(Role.EDITOR), "42"));
		mvc.perform(post("/api/v1/users/same-disabled/disable").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isOk());
		for (int i = 0; i < 50; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic("same-locked", "x" + i)).with(from("10.8." + i + ".1")));
		}
		java.util.Set<String> pages = new java.util.HashSet<>();
		java.util.Set<String> bodies = new java.util.HashSet<>();
		String[][] attempts = { { "same-locked", "dung-mat-khau" }, { "same-disabled", "dung-mat-khau" },
				{ "khong-co-ai", "dung-mat-khau" }, { "editor", "sai-mat-khau" } };
		for (String[] attempt : attempts) {
			var session = mvc.perform(post("/login").with(csrf()).with(from("192.0.2.20")).param("username", attempt[0])
					.param("password", attempt[1])).andExpect(redirectedUrl("/login?error")).andReturn().getRequest()
					.getSession();
			pages.add(mvc.perform(get("/login").param("error", "").session((org.springframework.mock.web.MockHttpSession) session))
					.andReturn().getResponse().getContentAsString().replaceAll("name=\"_csrf\"[^>]*", ""));
			bodies.add(mvc.perform(get("/api/v1/me").with(httpBasic(attempt[0], attempt[1])).with(from("192.0.2.21")))
					.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString());
		}
		assertThat(pages).hasSize(1);
		assertThat(pages.iterator().next()).contains("Không đăng nhập được");
		assertThat(bodies).hasSize(1);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void shouldRefuseADisabledAccountAndResetPasswords() throws Exception {
		users.create(new NewUser("tam-nghi", "Cán bộ tạm nghỉ", null, "mat-khau-cu", Set.of(Role.INSPECTOR), "42"));
		mvc.perform(post("/api/v1/users/tam-nghi/password").with(httpBasic("admin", DEMO_PASSWORD))
						.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"mat-khau-moi\"}"))
				.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(httpBasic("tam-nghi", "mat-khau-cu"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic("tam-nghi", "mat-khau-moi"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users/tam-nghi/disable").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(post("/api/v1/users/tam-nghi/disable").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/me").with(httpBasic("tam-nghi", "mat-khau-moi"))).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldSignInWithTheFormAndLandOnTheDashboard() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().exists("Content-Security-Policy"))
				.andExpect(header().exists("Referrer-Policy"));
		// without the CSRF token the form is refused
		mvc.perform(post("/login").param("username", "admin").param("password", DEMO_PASSWORD))
				.andExpect(status().isForbidden());
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", DEMO_PASSWORD))
				.andExpect(redirectedUrl("/dashboard"));
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "sai"))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
	}

	@Test
	void signingInGivesTheSessionANewIdentifier() throws Exception {
		// session fixation (issue 15): an identifier planted before sign-in is worthless after it
		var session = new org.springframework.mock.web.MockHttpSession();
		String planted = session.getId();
		var result = mvc.perform(post("/login").session(session).with(csrf()).param("username", "admin")
				.param("password", DEMO_PASSWORD)).andExpect(redirectedUrl("/dashboard")).andReturn();
		String after = result.getRequest().getSession(false) == null ? null : result.getRequest().getSession(false).getId();
		assertThat(after).isNotNull().isNotEqualTo(planted);
	}

	@Test
	void shouldShowEachRoleItsDashboard() throws Exception {
		mvc.perform(get("/dashboard").with(httpBasicSession("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Tài khoản người dùng")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/admin/geography")));
		mvc.perform(get("/dashboard").with(httpBasicSession("district")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Huyện Vũ Quang")))
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/admin/geography"))));
		mvc.perform(get("/dashboard").with(httpBasicSession("producer")).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Hello")));
		mvc.perform(get("/admin/users/new").with(httpBasicSession("district"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldAdministerAccountsOnTheAdminScreens() throws Exception {
		mvc.perform(post("/admin/users/new").with(httpBasicSession("admin")).with(csrf())
						.param("username", "").param("displayName", "").param("password", "123")
						.param("unitCode", ""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("không được để trống")));
		mvc.perform(post("/admin/users/new").with(httpBasicSession("admin")).with(csrf())
						.param("username", "bt-moi").param("displayName", "Biên tập viên mới").param("password", "mat-khau-moi")
						.param("email", "").param("roles", "EDITOR").param("unitCode", "42"))
				.andExpect(status().is3xxRedirection());
		var created = users.find("bt-moi").orElseThrow();
		String page = mvc.perform(get("/admin/users/" + created.id()).with(httpBasicSession("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Biên tập viên mới");
		// each field once: a shared field fragment named like an element (input) once drew every <input> twice
		assertThat(page.split("name=\"displayName\"", -1)).hasSize(2);
		assertThat(page.split("name=\"email\"", -1)).hasSize(2);
		// the username: read-only once the account exists, never filled in by the browser
		var username = org.jsoup.Jsoup.parse(page).getElementById("username");
		assertThat(username.hasAttr("readonly")).isTrue();
		assertThat(username.attr("autocomplete")).isEqualTo("off");
		mvc.perform(get("/admin/users/" + java.util.UUID.randomUUID()).with(httpBasicSession("admin")))
				.andExpect(status().isNotFound());
	}

	@Test
	void shouldExposeHealthMetricsAndApiDocs() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
	}

	@Test
	void aBadInputOnTheAccountScreensShowsItsErrorBesideTheFieldAndChangesNothing() throws Exception {
		var account = users.create(new NewUser("dat-lai-" + java.util.UUID.randomUUID().toString().substring(0, 6),
				"Tài khoản thử", null, "mat-khau-cu-1", java.util.Set.of(Role.EDITOR), "42"));
		// a new password that is too short: beside the field, and the old one still signs in
		String page = mvc.perform(post("/admin/users/" + account.id() + "/password").with(httpBasicSession("admin"))
				.with(csrf()).param("password", "ngan")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).getElementById("password-error").text())
				.isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
		mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), "mat-khau-cu-1"))).andExpect(status().isOk());
		// enabling an account that is enabled: said on the status card, and nothing changes
		page = mvc.perform(post("/admin/users/" + account.id() + "/status").with(httpBasicSession("admin")).with(csrf())
				.param("action", "enable")).andExpect(status().isConflict()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).getElementById("status-forms").text()).contains("đang hoạt động");
		// a display name left out on the account form: beside the field, and the name stays
		page = mvc.perform(post("/admin/users/" + account.id()).with(httpBasicSession("admin")).with(csrf())
				.param("username", account.username()).param("displayName", "").param("roles", "EDITOR")
				.param("unitCode", "42")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).getElementById("displayName-error").text())
				.isEqualTo("không được để trống");
		assertThat(users.get(account.id()).displayName()).isEqualTo("Tài khoản thử");
		// and a good new password is set, with the same message as before
		mvc.perform(post("/admin/users/" + account.id() + "/password").with(httpBasicSession("admin")).with(csrf())
				.param("password", "mat-khau-moi-2")).andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("flash", "identity.user.passwordReset"));
	}

	/** Pages use sessions; in tests we authenticate each request with Basic credentials of a demo account. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicSession(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(username).roles(roleOf(username));
	}

	private static String roleOf(String username) {
		if (username.startsWith("admin")) {
			return "PROVINCE_ADMIN";
		}
		if (username.startsWith("district")) {
			return "DISTRICT_OFFICER";
		}
		if (username.startsWith("producer")) {
			return "PRODUCER";
		}
		return "EDITOR";
	}
}
