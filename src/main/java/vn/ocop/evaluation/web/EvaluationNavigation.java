package vn.ocop.evaluation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.shared.web.NavigationItem;

/**
 * The evaluation module's entries of the back-office menu.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	NavigationItem evaluationNav() {
		return NavigationItem.of("nav.evaluation", "/evaluation", 30, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
				"COMMUNE_OFFICER", "COUNCIL_MEMBER", "PRODUCER");
	}

	@Bean
	NavigationItem criteriaNav() {
		return NavigationItem.of("nav.criteria", "/criteria", 31, "PROVINCE_ADMIN", "COUNCIL_MEMBER");
	}
}
