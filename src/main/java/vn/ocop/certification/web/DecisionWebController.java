package vn.ocop.certification.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.certification.DecisionFilter;
import vn.ocop.certification.DecisionKind;
import vn.ocop.certification.DecisionRegister;
import vn.ocop.certification.IssuingLevel;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.shared.web.NavigationItem;

/**
 * The register of recognition decisions (quyết định công nhận): the decisions issued, filtered by year, deciding
 * level and regulation, each with its authority and signature block, its products (stars, score, each under its own
 * regulation) and links to the decision's PDF and the certificates. Officers see those of their area, producers
 * those of their products.
 */
@Controller
class DecisionWebController {

	static final String PAGE = "certification/decisions";

	private final DecisionRegister register;
	private final CriteriaApi criteria;

	DecisionWebController(DecisionRegister register, CriteriaApi criteria) {
		this.register = register;
		this.criteria = criteria;
	}

	@GetMapping("/certification/decisions")
	String decisions(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable IssuingLevel level,
			@RequestParam(required = false) @Nullable String regulation,
			@RequestParam(required = false) @Nullable DecisionKind kind,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String regulationCode = regulation == null || regulation.isBlank() ? null : regulation;
		DecisionFilter filter = new DecisionFilter(year, level, regulationCode, kind);
		model.addAttribute("decisions", register.decisions(filter));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return PAGE + " :: list";
		}
		model.addAttribute("years", register.years(filter.kindOrRecognition()));
		model.addAttribute("levels", IssuingLevel.values());
		model.addAttribute("kinds", DecisionKind.values());
		model.addAttribute("regulations", criteria.regulations());
		return PAGE;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem decisionsNav() {
			return NavigationItem.of("nav.decisions", "/certification/decisions", 41, "PROVINCE_ADMIN",
					"DISTRICT_OFFICER", "COMMUNE_OFFICER", "INSPECTOR", "PRODUCER");
		}
	}

}
