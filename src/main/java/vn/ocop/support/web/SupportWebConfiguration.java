package vn.ocop.support.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.shared.web.NavigationItem;

/**
 * The support module's entries in the back-office navigation.
 */
@Configuration(proxyBeanMethods = false)
class SupportWebConfiguration {

	@Bean
	NavigationItem supportRequestsNavigation() {
		return NavigationItem.of("nav.support", "/support", 45, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER",
				"PRODUCER");
	}

	@Bean
	NavigationItem supportBudgetsNavigation() {
		return NavigationItem.of("nav.support.budgets", "/support/budgets", 46, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
				"COMMUNE_OFFICER");
	}

	@Bean
	NavigationItem supportIpNavigation() {
		return NavigationItem.of("nav.support.ip", "/support/ip", 47, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
				"COMMUNE_OFFICER", "PRODUCER");
	}
}
