package vn.ocop.programme.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.PublicPaths;
import vn.ocop.shared.web.RolePaths;

/**
 * The module's menu entries and its public pages and API reads.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeWebConfiguration {

	@Bean
	NavigationItem programmeNav() {
		return NavigationItem.of("nav.programme", "/programme", 40, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}

	@Bean
	NavigationItem kpiNav() {
		return NavigationItem.of("nav.kpis", "/kpis", 41, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}

	@Bean
	PublicPaths programmePublicPages() {
		return PublicPaths.of("/outlets", "/outlets/**", "/events", "/events/**");
	}

	@Bean
	PublicPaths programmePublicApi() {
		return PublicPaths.of(HttpMethod.GET, "/api/v1/outlets", "/api/v1/outlets/**", "/api/v1/events",
				"/api/v1/events/**");
	}

	/** The plan import reads a file of up to 20 MB: only the office gets that far. */
	@Bean
	RolePaths programmeUploads() {
		return RolePaths.of(HttpMethod.POST, "/api/v1/plans/import", "PROVINCE_ADMIN");
	}
}
