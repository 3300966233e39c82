package vn.ocop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import vn.ocop.audit.web.AuditLabels;

/**
 * Every word the audit log can show is in Vietnamese (issue 16): the name of every entity of the platform, of each
 * of its recorded properties and of every value of its enum properties has a message in the audit bundle — a new
 * entity, property or enum constant without one fails here, not on a page.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditLabelsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	AuditLabels labels;

	@Autowired
	MessageSource messages;

	boolean has(String code) {
		return messages.getMessage(code, null, null, VI) != null;
	}

	@Test
	void shouldNameEveryEntityPropertyAndEnumValueInVietnamese() {
		List<String> missing = new ArrayList<>();
		labels.properties().forEach((type, names) -> {
			if (!has("audit.entity." + type)) {
				missing.add("audit.entity." + type);
			}
			for (String name : names) {
				if (!has("audit.field." + type + "." + name) && !has("audit.field." + name)) {
					missing.add("audit.field." + name);
				}
			}
		});
		labels.enumProperties().forEach((property, type) -> {
			for (Object constant : type.getEnumConstants()) {
				String name = ((Enum<?>) constant).name();
				if (!has("audit.value." + property + "." + name) && !has("audit.value." + name)) {
					missing.add("audit.value." + name);
				}
			}
		});
		assertThat(labels.properties()).containsKeys("Product", "Certificate", "ShopOrder");
		assertThat(labels.enumProperties()).containsKeys("Product.status", "Certificate.status");
		assertThat(new TreeSet<>(missing)).as("messages missing from messages/audit.properties").isEmpty();
	}

	@Test
	void shouldHaveTheEnglishOfEveryVietnameseWord() throws Exception {
		var vietnamese = new Properties();
		vietnamese.load(new ClassPathResource("messages/audit.properties").getInputStream());
		var english = new Properties();
		english.load(new ClassPathResource("messages/audit_en.properties").getInputStream());
		var missing = new TreeSet<>(vietnamese.stringPropertyNames());
		missing.removeAll(english.stringPropertyNames());
		assertThat(missing).as("messages missing from messages/audit_en.properties").isEmpty();
	}

	@Test
	void shouldShowValuesInTheLanguageOfThePage() {
		var zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(VI);
		try {
			assertThat(labels.value("Certificate", "status", "VALID", zone)).isEqualTo("Còn hiệu lực");
			assertThat(labels.field("Product", "filingDate")).isEqualTo("Ngày nộp hồ sơ");
			// a code that only looks like an enum value is shown as it is
			assertThat(labels.value("ShopOrder", "checkoutCode", "OCN18YE7KW", zone)).isEqualTo("OCN18YE7KW");
			assertThat(labels.value("Product", "createdAt", "2026-12-04T17:36:27.772566Z", zone))
					.isEqualTo("05/12/2026 00:36:27");
			assertThat(labels.value("UserAccount", "roles", List.of("EDITOR", "PRODUCER"), zone))
					.isEqualTo("Biên tập viên, Chủ thể OCOP");
			// a file's detected type in words, never the technical media type
			assertThat(labels.value("TaskAttachment", "contentType", "application/pdf", zone)).isEqualTo("tệp PDF");
			assertThat(labels.value("TaskAttachment", "contentType", "image/tiff", zone)).isEqualTo("tệp TIFF");
			org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
			assertThat(labels.value("TaskAttachment", "contentType", "image/jpeg", zone)).isEqualTo("JPEG image");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}
}
