package vn.ocop.geography.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.shared.web.NavigationItem;

/**
 * The geography module's entry in the back-office navigation.
 */
@Configuration(proxyBeanMethods = false)
class GeographyWebConfiguration {

	@Bean
	NavigationItem geographyNav() {
		return NavigationItem.of("nav.geography", "/admin/geography", 80, "PROVINCE_ADMIN");
	}
}
