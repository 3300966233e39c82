package vn.ocop.inspection.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/** What the inspection pages share: a refusal flashed in the reader's language, the user's roles, downloads. */
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

	static boolean isOffice() {
		return hasRole("ROLE_PROVINCE_ADMIN");
	}

	static boolean hasRole(String authority) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
				.anyMatch(a -> authority.equals(a.getAuthority()));
	}

	static void failed(RedirectAttributes redirect, MessageSource messages, RuntimeException e) {
		redirect.addFlashAttribute("monitoringError", message(messages, e));
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
						java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(content);
	}
}
