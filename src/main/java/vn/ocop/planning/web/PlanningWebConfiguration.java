package vn.ocop.planning.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.RolePaths;

/**
 * The programme's menu entry (the plans, and from there trainings, sales points, pilot models and events) and the
 * plan import's door.
 */
@Configuration(proxyBeanMethods = false)
class PlanningWebConfiguration {

	@Bean
	NavigationItem programmeNav() {
		return NavigationItem.of("nav.programme", "/programme", 40, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}

	/** The plan import reads a file of up to 20 MB: only the office gets that far. */
	@Bean
	RolePaths programmeUploads() {
		return RolePaths.of(HttpMethod.POST, "/api/v1/plans/import", "PROVINCE_ADMIN");
	}
}
