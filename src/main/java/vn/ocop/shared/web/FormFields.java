package vn.ocop.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.BusinessRuleException;

/**
 * Reads the text fields of a plain HTML form with errors that name the field, and flashes the outcome of a change
 * in the user's language. The messages are those of a bundle prefix: {@code <prefix>.field.<name>} names a field,
 * {@code <prefix>.field.required} and {@code <prefix>.field.invalid} word the errors, and the flash attributes are
 * {@code <prefix>Flash} and {@code <prefix>Error}. Modules whose pages share a bundle share a prefix (the
 * programme's planning and outreach pages both use {@code programme}).
 */
public class FormFields {

	private final MessageSource messages;
	private final String prefix;

	public FormFields(MessageSource messages, String prefix) {
		this.messages = messages;
		this.prefix = prefix;
	}

	/** Runs a change; on success flashes the message, on a broken rule flashes the rule's message. */
	public boolean attempt(RedirectAttributes redirect, String successCode, Supplier<?> change, Object... args) {
		try {
			change.get();
			redirect.addFlashAttribute(prefix + "Flash", text(successCode, args));
			return true;
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute(prefix + "Error", text(e.messageCode(), e.arguments()));
			return false;
		}
	}

	/**
	 * Runs a change for a form bound with {@code @Valid}, unless the form already has errors; on success flashes
	 * the message, on a broken rule marks the form: the field the rule is about ({@code ruleFields}: message code
	 * to field, or the rule's own field problems), else the form as a whole. Returns whether the change was made;
	 * if not, the caller shows the form again with its errors.
	 */
	public boolean attempt(BindingResult binding, RedirectAttributes redirect, String successCode, Supplier<?> change,
			Map<String, String> ruleFields) {
		if (attempt(binding, change, ruleFields)) {
			flash(redirect, successCode);
			return true;
		}
		return false;
	}

	/**
	 * The same for a change whose outcome the caller words itself (a message with the change's result in it):
	 * marks the form on a broken rule and flashes nothing.
	 */
	public boolean attempt(BindingResult binding, Supplier<?> change, Map<String, String> ruleFields) {
		if (binding.hasErrors()) {
			return false;
		}
		try {
			change.get();
			return true;
		}
		catch (BusinessRuleException e) {
			if (!e.fieldProblems().isEmpty()) {
				for (var problem : e.fieldProblems()) {
					binding.rejectValue(problem.field(), problem.messageCode(), problem.arguments(),
							text(problem.messageCode(), problem.arguments()));
				}
			}
			else {
				Object[] arguments = arguments(e);
				if (ruleFields.containsKey(e.messageCode())) {
					binding.rejectValue(ruleFields.get(e.messageCode()), e.messageCode(), arguments,
							text(e.messageCode(), arguments));
				}
				else {
					binding.reject(e.messageCode(), arguments, text(e.messageCode(), arguments));
				}
			}
			return false;
		}
	}

	/**
	 * Flashes that a change was made: {@code <prefix>Flash} with the message in the user's language. Modules whose
	 * layout shows a message code flash ({@code flash}) say so here.
	 */
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute(prefix + "Flash", text(successCode));
	}

	/** A broken rule's message arguments as the user reads them; modules that name statuses or dates say so here. */
	protected Object[] arguments(BusinessRuleException e) {
		return e.arguments();
	}

	public String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	private BusinessRuleException invalid(String field) {
		return BusinessRuleException.unprocessable(prefix + ".field.invalid", text(prefix + ".field." + field));
	}

	public String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.unprocessable(prefix + ".field.required", text(prefix + ".field." + field));
		}
		return value.strip();
	}

	public @Nullable LocalDate date(@Nullable String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				required(value, field);
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw invalid(field);
		}
	}

	public BigDecimal decimal(@Nullable String value, String field) {
		try {
			return new BigDecimal(required(value, field).replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw invalid(field);
		}
	}

	public @Nullable Integer integer(@Nullable String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				required(value, field);
			}
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw invalid(field);
		}
	}

	public <E extends Enum<E>> E choice(Class<E> type, @Nullable String value, String field) {
		try {
			return Enum.valueOf(type, required(value, field));
		}
		catch (IllegalArgumentException e) {
			throw invalid(field);
		}
	}

	public List<UUID> ids(@Nullable List<String> values, String field) {
		List<UUID> ids = new ArrayList<>();
		if (values != null) {
			for (String v : values) {
				if (v == null || v.isBlank()) {
					continue;
				}
				try {
					ids.add(UUID.fromString(v.strip()));
				}
				catch (IllegalArgumentException e) {
					throw invalid(field);
				}
			}
		}
		return ids;
	}

	/** The non-blank lines of a text area, stripped. */
	public static List<String> lines(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
