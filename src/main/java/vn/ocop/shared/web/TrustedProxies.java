package vn.ocop.shared.web;

import java.io.IOException;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ocop.shared.OcopSettings;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} headers taken from the reverse proxies the operator trusts
 * ({@code ocop.trusted-proxies}, addresses or CIDR ranges; by default the same host), so that behind a TLS proxy
 * the request is secure (cookies get {@code Secure}, HSTS is sent) and links use the proxy's scheme. From anyone
 * else the headers are dropped: a client cannot claim to be secure or change the host the application sees.
 * <p>
 * This is Spring's {@link ForwardedHeaderFilter} (what {@code server.forward-headers-strategy=framework} installs)
 * with the trusted-proxy check that strategy lacks.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> trustedForwardedHeaders(OcopSettings settings) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(settings.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static class Filter extends OncePerRequestFilter {

		private final List<IpAddressMatcher> trusted;
		private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
		private final ForwardedHeaderFilter drop = new ForwardedHeaderFilter();

		Filter(List<String> proxies) {
			this.trusted = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(IpAddressMatcher::new)
					.toList();
			drop.setRemoveOnly(true);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String remote = request.getRemoteAddr();
			boolean fromProxy = remote != null && trusted.stream().anyMatch(m -> m.matches(remote));
			(fromProxy ? apply : drop).doFilter(request, response, chain);
		}
	}
}
