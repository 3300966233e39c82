package vn.ocop.reporting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/** The text of a refused page action, in the reader's language. */
final class ReportPages {

	private ReportPages() {
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
}
