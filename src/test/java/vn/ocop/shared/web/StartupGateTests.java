package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until the application is ready (demo accounts written), requests get 503 and Retry-After, not a failed sign-in. */
class StartupGateTests {

	final AtomicReference<ReadinessState> readiness = new AtomicReference<>(ReadinessState.REFUSING_TRAFFIC);

	final ApplicationAvailability availability = new ApplicationAvailability() {
		@Override
		@SuppressWarnings("unchecked")
		public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
			return type == ReadinessState.class ? (S) readiness.get() : defaultState;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <S extends AvailabilityState> S getState(Class<S> type) {
			return type == ReadinessState.class ? (S) readiness.get() : null;
		}

		@Override
		public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(
				Class<S> type) {
			return null;
		}
	};

	final StartupGate.Filter filter = new StartupGate.Filter(availability, messages());

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/common");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	MockHttpServletResponse call(String path, MockFilterChain chain) throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("POST", path), response, chain);
		return response;
	}

	@Test
	void whileStartingEverySignInAndPageIsAskedToComeBackAndHealthIsAnswered() throws Exception {
		var chain = new MockFilterChain();
		var login = call("/login", chain);
		assertThat(login.getStatus()).isEqualTo(503);
		assertThat(login.getHeader("Retry-After")).isEqualTo("5");
		assertThat(login.getContentAsString()).contains("đang khởi động").contains("starting");
		assertThat(chain.getRequest()).isNull();

		var api = call("/api/v1/products", new MockFilterChain());
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).startsWith("application/problem+json");

		var health = new MockFilterChain();
		assertThat(call("/actuator/health/readiness", health).getStatus()).isEqualTo(200);
		assertThat(health.getRequest()).isNotNull();
	}

	@Test
	void onceReadyEveryRequestGoesThrough() throws Exception {
		readiness.set(ReadinessState.ACCEPTING_TRAFFIC);
		var chain = new MockFilterChain();
		assertThat(call("/login", chain).getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isNotNull();
	}
}
