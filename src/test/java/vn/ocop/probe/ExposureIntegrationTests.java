package vn.ocop.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Operational exposure (issue 15, finding 7): the metrics need the office's account, the Host header never reaches a
 * redirect, and X-Forwarded-* count only from a trusted proxy — then the request is secure (Secure cookies, HSTS).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExposureIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldKeepTheMetricsForTheOffice() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/actuator/prometheus").with(httpBasic("editor", "ocop-demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "ocop-demo"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/env").with(httpBasic("admin", "ocop-demo"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldNotReflectTheHostHeaderIntoRedirects() throws Exception {
		String location = mvc.perform(get("http://evil.example/dashboard")).andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getHeader("Location");
		assertThat(location).isEqualTo("/login");
		location = mvc.perform(get("http://evil.example/dashboard").with(from("203.0.113.9"))
				.header("X-Forwarded-Host", "evil.example")).andReturn().getResponse().getHeader("Location");
		assertThat(location).doesNotContain("evil.example");
	}

	@Test
	void shouldBeSecureBehindATrustedTlsProxyOnly() throws Exception {
		// the proxy on the same host forwards a TLS request: the request is secure, so HSTS is sent (and the
		// container and the CSRF repository mark their cookies Secure, as they do for any secure request)
		mvc.perform(get("/").header("X-Forwarded-Proto", "https").with(from("127.0.0.1")))
				.andExpect(status().isOk()).andExpect(header().exists("Strict-Transport-Security"));
		// anyone else claiming TLS is not believed
		mvc.perform(get("/").header("X-Forwarded-Proto", "https").with(from("203.0.113.9")))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
