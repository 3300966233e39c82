package vn.ocop.outreach.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.ocop.shared.web.PublicPaths;

/**
 * The public pages and API reads of outreach: the sales centres and points and the programme's events. (Its
 * officers' screens are under the programme's menu entry, which planning declares.)
 */
@Configuration(proxyBeanMethods = false)
class OutreachWebConfiguration {

	@Bean
	PublicPaths outreachPublicPages() {
		return PublicPaths.of("/outlets", "/outlets/**", "/events", "/events/**");
	}

	@Bean
	PublicPaths outreachPublicApi() {
		return PublicPaths.of(HttpMethod.GET, "/api/v1/outlets", "/api/v1/outlets/**", "/api/v1/events",
				"/api/v1/events/**");
	}
}
