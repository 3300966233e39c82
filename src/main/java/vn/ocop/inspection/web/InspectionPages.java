package vn.ocop.inspection.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/** The text of a refused page action, in the reader's language, and a spreadsheet download. */
final class InspectionPages {

	private InspectionPages() {
	}

	static String message(MessageSource messages, RuntimeException e) {
		if (e instanceof BusinessRuleException rule) {
			return messages.getMessage(rule.messageCode(), rule.arguments(), rule.messageCode(),
					LocaleContextHolder.getLocale());
		}
		if (e instanceof NotFoundException missing) {
			return messages.getMessage(missing.messageCode(), missing.arguments(), missing.messageCode(),
					LocaleContextHolder.getLocale());
		}
		return String.valueOf(e.getMessage());
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
						java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(content);
	}
}
