package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

class MessagesConfigurationTests {

	private final MessageSource messages = messages();

	@Test
	void shouldFormatTheSameMessageInManyRequestsAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 4000; i++) {
				long count = 1_000L * i + i % 7;
				Locale locale = i % 2 == 0 ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
				answers.add(pool.submit(() -> messages.getMessage("portal.catalogue.count", new Object[] { count }, locale)));
			}
			for (int i = 0; i < answers.size(); i++) {
				long count = 1_000L * i + i % 7;
				String expected = i % 2 == 0
						? String.format(Locale.forLanguageTag("vi"), "%,d sản phẩm", count)
						: String.format(Locale.ENGLISH, "%,d products", count);
				assertThat(answers.get(i).get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldReadTheBundlesAsConfigured() {
		assertThat(messages.getMessage("portal.stars", new Object[] { 4 }, Locale.forLanguageTag("vi"))).isEqualTo("4 sao");
		assertThat(messages.getMessage("portal.stars", new Object[] { 4 }, Locale.ENGLISH)).isEqualTo("4 stars");
		assertThat(messages.getMessage("no.such.code", null, "mặc định", Locale.ENGLISH)).isEqualTo("mặc định");
	}

	private static MessageSource messages() {
		var properties = new MessageSourceProperties();
		properties.setBasename(List.of(" messages/portal"));
		properties.setEncoding(StandardCharsets.UTF_8);
		properties.setFallbackToSystemLocale(false);
		return new MessagesConfiguration().messageSource(properties);
	}
}
