package vn.ocop.geography.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.http.HttpMethod;

import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.RolePaths;

/**
 * The geography module's entry in the back-office navigation.
 */
@Configuration(proxyBeanMethods = false)
class GeographyWebConfiguration {

	@Bean
	NavigationItem geographyNav() {
		return NavigationItem.of("nav.geography", "/admin/geography", 80, "PROVINCE_ADMIN");
	}

	/** The unit-list imports read uploaded files: only the office gets that far. */
	@Bean
	RolePaths geographyUploads() {
		return new RolePaths(HttpMethod.POST, java.util.List.of("/api/v1/geography/snapshots",
				"/api/v1/geography/successions"), java.util.List.of("PROVINCE_ADMIN"));
	}
}
