package vn.ocop.kpi.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.shared.web.NavigationItem;

/**
 * The dashboard's menu entry.
 */
@Configuration(proxyBeanMethods = false)
class KpiWebConfiguration {

	@Bean
	NavigationItem kpiNav() {
		return NavigationItem.of("nav.kpis", "/kpis", 41, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
	}
}
