package vn.ocop.shared.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles ({@code spring.messages.*}, as Spring Boot would configure them) behind a message source
 * that lets concurrent requests format the same message at the same time. Spring's resource-bundle message source
 * keeps one {@link MessageFormat} per message and locale and formats under a lock on it; a page that shows a
 * message with arguments on every card (the stars of a product, say) then makes all requests queue on that one
 * lock, which under load cost more than rendering the page. Each call here formats with its own copy of the parsed
 * format instead (parsed once, copied per call).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		var source = new ConcurrentFormattingMessageSource();
		source.setBasenames(properties.getBasename().stream().map(String::strip).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	/** Formats with a copy of the cached, parsed message format, so no two requests wait for each other. */
	static class ConcurrentFormattingMessageSource extends ResourceBundleMessageSource {

		@Override
		protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return shared == null ? null : (MessageFormat) shared.clone();
		}
	}
}
