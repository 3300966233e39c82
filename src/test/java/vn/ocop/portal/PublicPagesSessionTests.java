package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages over real HTTP: a visitor who does not sign in gets no HTTP session (the CSRF token of the
 * page's forms travels in a cookie), so crowds of visitors cost the server no memory between requests. In a
 * context of its own: MockMvc's {@code csrf()} in other tests swaps the token repository of the shared context
 * for a session-based one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ocop.test.context=real-http")
@ActiveProfiles("test")
class PublicPagesSessionTests {

	@LocalServerPort
	int port;

	@Test
	void shouldServePublicPagesWithoutCreatingASession() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : List.of("/", "/products", "/products?q=cam", "/shop", "/map", "/news", "/events", "/outlets")) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			List<String> cookies = response.headers().allValues("Set-Cookie");
			assertThat(cookies).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
		}
	}
}
