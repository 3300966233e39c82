package vn.ocop.content.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.web.PublicPaths;

/** Opens the published articles and their images to everyone; the desk in the editors' and office's menu. */
@Configuration(proxyBeanMethods = false)
class ContentWebConfiguration {

	@Bean
	PublicPaths contentPublicPaths() {
		return PublicPaths.of(HttpMethod.GET, "/news", "/news/**");
	}

	@Bean
	NavigationItem contentNavigation() {
		return NavigationItem.of("content.nav", "/content", 80, "EDITOR", "PROVINCE_ADMIN");
	}
}
