package vn.ocop.evaluation.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.RolePaths;

/**
 * The evaluation module's entries of the back-office menu, and the doors of its uploads.
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

	/** The central council's documents are uploaded by the office only: nobody else's file is read. */
	@Bean
	RolePaths centralMinutesUploads() {
		return new RolePaths(HttpMethod.POST, List.of("/evaluation/products/*/central-result",
				"/evaluation/products/*/central-result/minutes", "/api/v1/products/*/central-result/minutes"),
				List.of("PROVINCE_ADMIN"));
	}
}
