package vn.ocop.portal.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ocop.shared.OcopSettings;
import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.PublicPaths;

/**
 * Opens the portal's pages and its public API to everyone (GET only) and puts the catalogue in the signed-in menu.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration {

	@Bean
	PublicPaths portalPublicPaths() {
		return PublicPaths.of(HttpMethod.GET, "/products", "/products/**", "/producers/**", "/map", "/map.json",
				"/open-data", "/open-data/**", "/sitemap.xml", "/robots.txt", "/api/v1/public/**");
	}

	@Bean
	NavigationItem catalogueNavigation() {
		return NavigationItem.of("portal.nav.catalogue", "/products", 5);
	}

	/** The public API's search read from its query parameters ({@link PublicProductSearch}). */
	@Bean
	WebMvcConfigurer publicProductSearchParameters() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new PublicProductSearch.Resolver());
			}
		};
	}

	/** Absolute site address for canonical URLs, the sitemap and OpenGraph. */
	@Bean
	SiteAddress siteAddress(OcopSettings settings) {
		return new SiteAddress(settings.baseUrl().toString().replaceAll("/+$", ""));
	}
}
