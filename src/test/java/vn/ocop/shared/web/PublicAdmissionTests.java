package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

/**
 * Anonymous reads take turns in arrival order; beyond the queue or the longest wait they get 503 with Retry-After;
 * signed-in officers, writes and
 * downloads never wait.
 */
class PublicAdmissionTests {

	final List<String> served = new CopyOnWriteArrayList<>();
	final CountDownLatch holding = new CountDownLatch(1);
	final CountDownLatch release = new CountDownLatch(1);

	/** A chain that notes the request and, for {@code /hold}, keeps its turn until released. */
	final FilterChain chain = (request, response) -> {
		String path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
		served.add(path);
		if (path.equals("/hold")) {
			holding.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	};

	static final List<String> PATHS = List.of("/hold", "/products", "/products/*", "/api/v1/public/**");

	static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	MockHttpServletResponse call(PublicAdmission.Filter filter, MockHttpServletRequest request) {
		var response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, chain);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return response;
	}

	CompletableFuture<MockHttpServletResponse> callLater(PublicAdmission.Filter filter, String path) {
		return CompletableFuture.supplyAsync(() -> call(filter, get(path)));
	}

	@Test
	void anonymousReadsWaitTheirTurnInArrivalOrder() throws Exception {
		var filter = new PublicAdmission.Filter(1, 10, Duration.ofSeconds(10), PATHS);
		var holder = callLater(filter, "/hold");
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		var waiting = new java.util.ArrayList<CompletableFuture<MockHttpServletResponse>>();
		for (int i = 1; i <= 5; i++) {
			waiting.add(callLater(filter, "/products/" + i));
			int present = i + 1;
			await().atMost(Duration.ofSeconds(10)).until(() -> filter.present() == present);
		}
		assertThat(served).containsExactly("/hold");

		release.countDown();
		assertThat(holder.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		for (var request : waiting) {
			assertThat(request.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(served).containsExactly("/hold", "/products/1", "/products/2", "/products/3", "/products/4",
				"/products/5");
		assertThat(filter.present()).isZero();
	}

	@Test
	void beyondTheQueueAnAnonymousReadIsAskedToComeBackWhileOfficersAndWritesGoThrough() throws Exception {
		var filter = new PublicAdmission.Filter(1, 1, Duration.ofSeconds(10), PATHS);
		var holder = callLater(filter, "/hold");
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		var queued = callLater(filter, "/products/queued");
		await().atMost(Duration.ofSeconds(10)).until(() -> filter.present() == 2);

		var refused = call(filter, get("/api/v1/public/products"));
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");

		var officer = get("/products/for-an-officer");
		officer.setRequestedSessionId("a-session");
		assertThat(call(filter, officer).getStatus()).isEqualTo(200);
		var apiClient = get("/api/v1/public/products/");
		apiClient.addHeader("Authorization", "Basic YWRtaW46b2NvcC1kZW1v");
		assertThat(call(filter, apiClient).getStatus()).isEqualTo(200);
		assertThat(call(filter, new MockHttpServletRequest("POST", "/products")).getStatus()).isEqualTo(200);
		assertThat(call(filter, get("/open-data/products.csv")).getStatus()).isEqualTo(200);
		assertThat(served).containsExactly("/hold", "/products/for-an-officer", "/api/v1/public/products/", "/products",
				"/open-data/products.csv");

		release.countDown();
		assertThat(queued.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(holder.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(served).contains("/products/queued").doesNotContain("/api/v1/public/products");
		assertThat(filter.present()).isZero();
	}

	@Test
	void aReadThatWaitsLongerThanAllowedIsAskedToComeBack() throws Exception {
		var filter = new PublicAdmission.Filter(1, 10, Duration.ofMillis(100), PATHS);
		var holder = callLater(filter, "/hold");
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		var late = call(filter, get("/products/late"));
		assertThat(late.getStatus()).isEqualTo(503);
		assertThat(served).containsExactly("/hold");
		release.countDown();
		holder.get(10, TimeUnit.SECONDS);
		assertThat(filter.present()).isZero();
	}

	@Test
	void theBusyAnswerIsDescribedInBothLanguages() {
		var errors = new ErrorResponses(StartupGateTests.messages());
		try {
			LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
			var problem = errors.problem(HttpStatus.SERVICE_UNAVAILABLE, "/api/v1/public/products");
			assertThat(problem.getTitle()).isEqualTo("Hệ thống đang bận");
			assertThat(problem.getDetail()).contains("thử lại");
			assertThat(problem.getType().toString()).endsWith("/service-unavailable");
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(errors.problem(HttpStatus.SERVICE_UNAVAILABLE, null).getTitle()).isEqualTo("Service busy");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
