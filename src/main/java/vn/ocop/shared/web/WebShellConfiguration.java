package vn.ocop.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English as the second language, switched with {@code ?lang=en} and kept in a cookie.
 * Static resources are served from explicit paths only ({@code spring.web.resources.add-mappings=false}): with the
 * default catch-all {@code /**} mapping, every link a page renders was looked up on the classpath to find a
 * versioned resource, which made long lists slow. Stylesheets and scripts get content-hash versions.
 */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final LayoutModel layoutModel;

	WebShellConfiguration(LayoutModel layoutModel) {
		this.layoutModel = layoutModel;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("OCOP_LANG");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** Folders under {@code classpath:/static/} served as they are. */
	static final String[] STATIC_FOLDERS = { "css", "js", "images", "img", "fonts", "vendor" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		var cache = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
					.addResourceLocations("classpath:/static/" + folder + "/")
					.setCacheControl(cache)
					.resourceChain(true)
					.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/favicon.ico", "/robots.txt")
				.addResourceLocations("classpath:/static/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
		registry.addResourceHandler("/webjars/**")
				.addResourceLocations("classpath:/META-INF/resources/webjars/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.resourceChain(true)
				.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(layoutModel);
	}
}
