package vn.ocop.identity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.web.PublicPaths;
import vn.ocop.shared.web.RolePaths;

/**
 * Two security chains: the JSON API under {@code /api/**} is stateless with HTTP Basic (for scripts and
 * integrations) and answers 401/403 as problem+json; the pages use form login with CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob: https:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "base-uri 'self'; form-action 'self'";

	/**
	 * Spring Security's own defaults for what it observes: authentications and authorizations (timers of sign-ins and
	 * of access decisions), not each filter of each request. Without this bean every filter of the chain was an event of
	 * an observation and a counter looked up in the meter registry on every request — about a tenth of the CPU of a
	 * public request (issue 19, measured under the catalogue's load); {@code http.server.requests} still times every
	 * request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ProblemWriter problems, List<PublicPaths> publicPaths,
			List<RolePaths> rolePaths) throws Exception {
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(auth -> {
					restrict(auth, rolePaths, true);
					for (PublicPaths open : publicPaths) {
						permit(auth, open.method(), open.apiPatterns());
					}
					auth
						.requestMatchers("/api/v1/public/**").permitAll()
						.requestMatchers(HttpMethod.GET, "/api/v1/geography/**").permitAll()
						.anyRequest().authenticated();
				})
				.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
					response.setHeader("WWW-Authenticate", "Basic realm=\"OCOP\"");
					problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.401.detail");
				}))
				.exceptionHandling(ex -> ex
						.authenticationEntryPoint((request, response, e) -> {
							response.setHeader("WWW-Authenticate", "Basic realm=\"OCOP\"");
							problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.401.detail");
						})
						.accessDeniedHandler((request, response, e) ->
								problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.403.detail")))
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * The actuator: health and info for everyone (load balancers), the metrics and anything else only for the
	 * office over HTTP Basic (the scraper's account), statelessly.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, ProblemWriter problems) throws Exception {
		http.securityMatcher("/actuator/**")
				.authorizeHttpRequests(auth -> auth
						.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
						.anyRequest().hasRole(Role.PROVINCE_ADMIN.name()))
				.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
					response.setHeader("WWW-Authenticate", "Basic realm=\"OCOP\"");
					problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.401.detail");
				}))
				.exceptionHandling(ex -> ex
						.authenticationEntryPoint((request, response, e) -> {
							response.setHeader("WWW-Authenticate", "Basic realm=\"OCOP\"");
							problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.401.detail");
						})
						.accessDeniedHandler((request, response, e) ->
								problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.403.detail")))
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, List<PublicPaths> publicPaths, List<RolePaths> rolePaths,
			@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
			org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> pages)
			throws Exception {
		http.authorizeHttpRequests(auth -> {
					restrict(auth, rolePaths, false);
					for (PublicPaths open : publicPaths) {
						permit(auth, open.method(), open.pagePatterns());
					}
					auth
						.requestMatchers("/", "/login", "/error", "/error/**", "/favicon.ico", "/robots.txt").permitAll()
						.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/fonts/**").permitAll()
						.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
						.requestMatchers("/public/**", "/verify/**", "/01/**").permitAll()
						.requestMatchers("/admin/**").hasRole(Role.PROVINCE_ADMIN.name())
						.anyRequest().authenticated();
				})
				// the CSRF token travels in a cookie, not in an HTTP session: public pages (catalogue, shop) render a
				// token for their forms, and keeping it in a session made every anonymous visit create one
				.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).permitAll())
				// the sign-in page for a page that exists (by a relative Location), the 404 page for one that does not
				.exceptionHandling(ex -> ex.authenticationEntryPoint(new UnknownPageOrSignIn(pages)))
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout").permitAll())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
						.permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(self), microphone=()")));
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		var tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/** Role checks at the door (before the body is read), ahead of every other rule of the chain. */
	private static void restrict(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
			List<RolePaths> rolePaths, boolean api) {
		for (RolePaths guarded : rolePaths) {
			String[] patterns = guarded.patterns().stream().filter(p -> p.startsWith("/api/") == api)
					.toArray(String[]::new);
			if (patterns.length > 0) {
				auth.requestMatchers(guarded.method(), patterns).hasAnyRole(guarded.roles().toArray(String[]::new));
			}
		}
	}

	private static void permit(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
			@Nullable HttpMethod method, List<String> patterns) {
		if (patterns.isEmpty()) {
			return;
		}
		String[] array = patterns.toArray(String[]::new);
		if (method == null) {
			auth.requestMatchers(array).permitAll();
		}
		else {
			auth.requestMatchers(method, array).permitAll();
		}
	}

	/**
	 * Writes RFC 9457 problem documents from the security filters, before any controller runs.
	 */
	@org.springframework.stereotype.Component
	static class ProblemWriter {

		private final MessageSource messages;
		private final LocaleResolver localeResolver;
		private final JsonMapper json = JsonMapper.builder().build();

		ProblemWriter(MessageSource messages, LocaleResolver localeResolver) {
			this.messages = messages;
			this.localeResolver = localeResolver;
		}

		void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
				String detailCode) throws IOException {
			Locale locale = localeResolver.resolveLocale(request);
			var problem = new java.util.LinkedHashMap<String, Object>();
			problem.put("type", "https://ocop.vn/problems/" + type);
			problem.put("title", messages.getMessage("error." + status.value() + ".title", null, locale));
			problem.put("status", status.value());
			problem.put("detail", messages.getMessage(detailCode, null, locale));
			problem.put("instance", request.getRequestURI());
			response.setStatus(status.value());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		}
	}
}
