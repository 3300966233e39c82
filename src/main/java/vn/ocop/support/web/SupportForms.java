package vn.ocop.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.BusinessRuleException;

/**
 * Reading the support forms' fields with errors that name the field, and flash messages in the user's language.
 */
@Component
class SupportForms {

	private final MessageSource messages;

	SupportForms(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs a change; on success flashes the message, on a broken rule flashes the rule's message. */
	boolean attempt(RedirectAttributes redirect, String successCode, Supplier<?> change, Object... args) {
		try {
			change.get();
			redirect.addFlashAttribute("supportFlash", text(successCode, args));
			return true;
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("supportError", text(e.messageCode(), e.arguments()));
			return false;
		}
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	private BusinessRuleException invalid(String field) {
		return BusinessRuleException.unprocessable("support.field.invalid", text("support.field." + field));
	}

	String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.unprocessable("support.field.required", text("support.field." + field));
		}
		return value.strip();
	}

	@Nullable
	LocalDate date(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw invalid(field);
		}
	}

	@Nullable
	BigDecimal amount(@Nullable String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				required(value, field);
			}
			return null;
		}
		try {
			var amount = new BigDecimal(value.strip().replace(".", "").replace(",", "").replace(" ", ""));
			if (amount.signum() < 0) {
				throw invalid(field);
			}
			return amount;
		}
		catch (NumberFormatException e) {
			throw invalid(field);
		}
	}

	@Nullable
	Integer integer(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw invalid(field);
		}
	}

	UUID id(@Nullable String value, String field) {
		try {
			return UUID.fromString(required(value, field));
		}
		catch (IllegalArgumentException e) {
			throw invalid(field);
		}
	}

	<E extends Enum<E>> E choice(Class<E> type, @Nullable String value, String field) {
		try {
			return Enum.valueOf(type, required(value, field));
		}
		catch (IllegalArgumentException e) {
			throw invalid(field);
		}
	}
}
