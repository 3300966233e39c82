package vn.ocop.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anonymous reads take turns (issue 19): a {@code GET} or {@code HEAD} without a session and without credentials to
 * the public pages that only compute ({@code ocop.web.public-paths}: the home page, the catalogue and its product and
 * producer pages, {@code /verify}, the public API; not files, photos or downloads, which a slow client could hold) is
 * served by at most {@code ocop.web.public-concurrency} requests at once; the others wait their turn in arrival
 * order (a fair {@link Semaphore}).
 * <p>
 * Public requests are short and use the processors alone (the index is mapped, the embedded database is in the same
 * process). Two hundred of them served at once by Tomcat's worker threads share the processors in slices and all
 * finish late; served a few at a time, in order, each finishes as soon as it can: at 50 clients on two cores the same
 * throughput with the 95th percentile about halved (README, issue 19). The bound also keeps a flood of anonymous
 * requests from taking every worker thread from signed-in officers, whose requests (sessions, credentials) never wait
 * here: at most {@code ocop.web.public-queue} requests wait, each at most {@code ocop.web.public-wait}; beyond either,
 * the answer is 503 with {@code Retry-After}, problem+json under {@code /api/} and the error page elsewhere.
 * <p>
 * Off by default ({@code ocop.web.public-concurrency=0}; {@code -1} is twice the processors): measured at 50 clients
 * on two cores (README, issue 19), the turns cut the 95th percentile of the public pages by half or more but also
 * cost 15–30 % of their throughput, since every request that waited is handed its turn by waking a parked thread.
 * A deployment that values steady answers and the officers' share over the last requests a second turns them on.
 */
@Configuration(proxyBeanMethods = false)
class PublicAdmission {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicAdmissionFilter(
			@Value("${ocop.web.public-concurrency:0}") int concurrency,
			@Value("${ocop.web.public-queue:100}") int queue,
			@Value("${ocop.web.public-wait:10s}") Duration wait,
			@Value("${server.tomcat.threads.max:200}") int workers,
			@Value("${ocop.web.public-paths:/,/robots.txt,/products,/products/*,/producers/*,/verify,/verify/*,/api/v1/public/**}") List<String> paths) {
		int permits = concurrency < 0 ? 2 * Runtime.getRuntime().availableProcessors() : concurrency;
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(permits, Math.min(queue, workers / 2), wait, paths));
		// after the start-up gate and the trusted proxies, before the request bounds and Spring Security: a waiting
		// request holds nothing but its worker thread
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.setEnabled(permits > 0);
		return registration;
	}

	static class Filter extends OncePerRequestFilter {

		private final Semaphore turns;
		/** Places for requests served or waiting; a refused request takes none, even for a moment. */
		private final Semaphore room;
		private final int places;
		private final long waitNanos;
		private final List<PathPattern> paths;

		Filter(int permits, int queue, Duration wait, List<String> paths) {
			this.paths = paths.stream().map(String::strip).filter(p -> !p.isEmpty())
					.map(PathPatternParser.defaultInstance::parse).toList();
			this.turns = new Semaphore(Math.max(permits, 1), true);
			this.places = Math.max(permits, 1) + Math.max(queue, 0);
			this.room = new Semaphore(places);
			this.waitNanos = wait.toNanos();
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			if (!("GET".equals(method) || "HEAD".equals(method)) || request.getRequestedSessionId() != null
					|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
				return true;
			}
			String uri = request.getRequestURI().substring(request.getContextPath().length());
			PathContainer path = PathContainer.parsePath(uri.isEmpty() ? "/" : uri);
			for (PathPattern pattern : paths) {
				if (pattern.matches(path)) {
					return false;
				}
			}
			return true;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!room.tryAcquire()) {
				busy(response);
				return;
			}
			try {
				if (!turn()) {
					busy(response);
					return;
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					turns.release();
				}
			}
			finally {
				room.release();
			}
		}

		/** 503 through the error path: problem+json under {@code /api/}, the error page elsewhere. */
		private static void busy(HttpServletResponse response) throws IOException {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}

		/** Whether this request got its turn, in arrival order, within the longest wait. */
		private boolean turn() {
			try {
				// the timed form keeps the order; the untimed tryAcquire() would go ahead of those waiting
				return turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		/** Requests served or waiting now (for tests). */
		int present() {
			return places - room.availablePermits();
		}
	}
}
