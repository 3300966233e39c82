package vn.ocop.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Start-up honesty (issue 16): the web server listens before the application has finished starting (the demo
 * accounts and data are written once the context is ready), so until the application is ready for traffic every
 * request except the health probes is answered 503 with {@code Retry-After}, in Vietnamese then English — never a
 * sign-in that fails because the account does not exist yet. Once ready, the address is printed.
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

	private static final Logger log = LoggerFactory.getLogger(StartupGate.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> startupGateFilter(ApplicationAvailability availability,
			MessageSource messages) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(availability, messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@EventListener
	void on(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC
				&& event.getSource() instanceof ApplicationContext context) {
			var web = context instanceof WebServerApplicationContext w ? w : null;
			if (web != null && web.getWebServer() != null && web.getWebServer().getPort() > 0) {
				log.info("OCOP sẵn sàng / ready: http://localhost:{}/ (Ctrl+C để dừng / to stop)",
						web.getWebServer().getPort());
			}
		}
	}

	static class Filter extends OncePerRequestFilter {

		private final ApplicationAvailability availability;
		private final MessageSource messages;

		Filter(ApplicationAvailability availability, MessageSource messages) {
			this.availability = availability;
			this.messages = messages;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
					|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
				chain.doFilter(request, response);
				return;
			}
			String text = messages.getMessage("app.starting", null, Locale.forLanguageTag("vi")) + "\n"
					+ messages.getMessage("app.starting", null, Locale.ENGLISH);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", "5");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
						+ "\"detail\":\"" + text.replace("\"", "'").replace("\n", " / ") + "\"}");
			}
			else {
				response.setContentType(MediaType.TEXT_PLAIN_VALUE);
				response.getWriter().write(text + "\n");
			}
		}
	}
}
