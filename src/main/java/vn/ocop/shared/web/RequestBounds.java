package vn.ocop.shared.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds every request meets before any controller runs, declared once for all modules (issue 15): the paging and
 * year parameters inside their ranges ({@link #BOUNDS}), and no NUL character in any parameter or JSON body (the
 * PostgreSQL text types cannot hold one). A request outside them is answered 400 through the error path, so as
 * problem+json for the API and the error page for the screens. Controllers keep their own, narrower limits.
 */
@Configuration(proxyBeanMethods = false)
class RequestBounds {

	/** Parameter name → inclusive range, for whichever endpoint takes it. */
	static final Map<String, long[]> BOUNDS = Map.of("page", new long[] { 0, 10_000 }, "size", new long[] { 0, 1_000 },
			"year", new long[] { 1900, 2200 }, "trendMonths", new long[] { 0, 1_200 });

	/** JSON bodies larger than this are not inspected here (uploads are multipart, not JSON). */
	static final int MAX_INSPECTED_BODY = 2 * 1024 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestBoundsFilter(org.springframework.context.MessageSource messages) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static class Filter extends OncePerRequestFilter {

		private final org.springframework.context.MessageSource messages;
		private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

		Filter(org.springframework.context.MessageSource messages) {
			this.messages = messages;
		}

		/** 400: problem+json for the API and JSON clients, the error page (through the error path) otherwise. */
		private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
			String accept = request.getHeader("Accept");
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
			if (!api) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
			var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			var problem = new java.util.LinkedHashMap<String, Object>();
			problem.put("type", ApiProblemHandler.TYPE_BASE + "bad-request");
			problem.put("title", messages.getMessage("error.400.title", null, locale));
			problem.put("status", 400);
			problem.put("detail", messages.getMessage("error.bounds", null, locale));
			problem.put("instance", request.getRequestURI());
			response.setStatus(400);
			response.setCharacterEncoding("UTF-8");
			response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String contentType = request.getContentType();
			boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
			// parameters of a multipart request are read later, after the role check at the door (RolePaths)
			if (!multipart && !parametersWithinBounds(request)) {
				refuse(request, response);
				return;
			}
			if (contentType != null && contentType.toLowerCase().contains("json") && request.getContentLength() >= 0
					&& request.getContentLength() <= MAX_INSPECTED_BODY) {
				byte[] body = request.getInputStream().readAllBytes();
				if (holdsNul(body)) {
					refuse(request, response);
					return;
				}
				chain.doFilter(new CachedBody(request, body), response);
				return;
			}
			chain.doFilter(request, response);
		}

		static boolean parametersWithinBounds(HttpServletRequest request) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				long[] range = BOUNDS.get(parameter.getKey());
				for (String value : parameter.getValue()) {
					if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
						return false;
					}
					if (range != null && !value.isBlank()) {
						try {
							long number = Long.parseLong(value.strip());
							if (number < range[0] || number > range[1]) {
								return false;
							}
						}
						catch (NumberFormatException e) {
							// not a number: the controller's binding answers that (400 naming the parameter)
						}
					}
				}
			}
			return true;
		}

		/** A NUL byte, or the JSON escape {@code \u0000} (an unescaped backslash before it). */
		static boolean holdsNul(byte[] body) {
			for (int i = 0; i < body.length; i++) {
				if (body[i] == 0) {
					return true;
				}
				if (body[i] == '\\') {
					if (i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
							&& body[i + 4] == '0' && body[i + 5] == '0') {
						return true;
					}
					i++; // skip the escaped character (e.g. an escaped backslash)
				}
			}
			return false;
		}
	}

	/** The request with its body read once, offered again to the rest of the chain. */
	static class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
		}
	}
}
