package vn.ocop.registry.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.shared.web.NavigationItem;

/**
 * The registry's entries of the back-office menu.
 */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

	@Bean
	NavigationItem cyclesNav() {
		return NavigationItem.of("nav.cycles", "/registry/cycles", 10, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}

	@Bean
	NavigationItem productsNav() {
		return NavigationItem.of("nav.products", "/registry/products", 20, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
				"COMMUNE_OFFICER", "PRODUCER", "COUNCIL_MEMBER", "INSPECTOR");
	}

	@Bean
	NavigationItem producersNav() {
		return NavigationItem.of("nav.producers", "/registry/producers", 21, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
				"COMMUNE_OFFICER", "PRODUCER", "INSPECTOR");
	}

	@Bean
	NavigationItem selectionNav() {
		return NavigationItem.of("nav.selection", "/registry/selection", 22, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
				"COMMUNE_OFFICER");
	}

	@Bean
	NavigationItem certifiedChangesNav() {
		return NavigationItem.of("nav.certifiedChanges", "/registry/certified-changes", 23, "PROVINCE_ADMIN",
				"DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}

	@Bean
	NavigationItem withoutScorecardNav() {
		return NavigationItem.of("nav.withoutScorecard", "/registry/products/without-scorecard", 24, "PROVINCE_ADMIN",
				"DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}
}
