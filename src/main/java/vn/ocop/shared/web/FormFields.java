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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
	 * if not, the answer is already 422 (409 for a conflict, see {@link #status}) and the caller shows the form
	 * again with its errors.
	 */
	public boolean attempt(BindingResult binding, RedirectAttributes redirect, String successCode, Supplier<?> change,
			Map<String, String> ruleFields) {
		return !run(binding, redirect, successCode, change, ruleFields).refused();
	}

	/**
	 * The same, saying what came of it ({@link Outcome}: the broken rule comes along so that the page can show
	 * what it carried); a change with no message ({@code successCode} null) flashes nothing.
	 */
	public Outcome run(BindingResult binding, RedirectAttributes redirect, @Nullable String successCode,
			Supplier<?> change, Map<String, String> ruleFields) {
		Outcome outcome = run(binding, change, ruleFields);
		if (!outcome.refused() && successCode != null) {
			flash(redirect, successCode);
		}
		return outcome;
	}

	/**
	 * The same for a change whose outcome the caller words itself (a message with the change's result in it):
	 * marks the form on a broken rule and flashes nothing.
	 */
	public boolean attempt(BindingResult binding, Supplier<?> change, Map<String, String> ruleFields) {
		return !run(binding, change, ruleFields).refused();
	}

	/**
	 * Runs a change for a form bound with {@code @Valid} (see {@link #attempt(BindingResult, Supplier, Map)}) and
	 * says what came of it: on a refusal the answer's status is already set ({@link #refused}) and the broken rule,
	 * if a rule refused it, comes along so that the page can show what the rule carried.
	 */
	public Outcome run(BindingResult binding, Supplier<?> change, Map<String, String> ruleFields) {
		if (binding.hasErrors()) {
			refused(null);
			return Outcome.BY_FORM;
		}
		try {
			change.get();
			return Outcome.DONE;
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
			refused(e);
			return new Outcome(true, e);
		}
	}

	/**
	 * The status of a page that refuses its input and shows it again with the errors: 409 Conflict when the
	 * refusal is a rule of kind {@code CONFLICT} (the record's state changed underneath), else 422 Unprocessable
	 * Content. A refused form is never 200, so that tests, proxies and scripts can tell it from a change made.
	 */
	public static int status(@Nullable BusinessRuleException rule) {
		return rule != null && rule.kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422;
	}

	/**
	 * Sets the answer of the current request to a refusal's status ({@link #status}). {@code run} and
	 * {@code attempt} do it themselves; pages that check their input by hand call it before showing the page again.
	 */
	public static void refused(@Nullable BusinessRuleException rule) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null) {
			request.getResponse().setStatus(status(rule));
		}
	}

	/**
	 * What an attempt at a change came to: made ({@code refused} false), or refused by the form's own checks
	 * ({@code rule} null) or by a broken rule of the domain, which carries what the page may show.
	 */
	public record Outcome(boolean refused, @Nullable BusinessRuleException rule) {

		public static final Outcome DONE = new Outcome(false, null);

		static final Outcome BY_FORM = new Outcome(true, null);

		/** What the broken rule carried along (unanswered criteria, the draft a set already has …), or nothing. */
		public @Nullable Object property(String name) {
			return rule == null ? null : rule.properties().get(name);
		}

		/** The same, with what to use when the rule carried nothing of that name. */
		public Object property(String name, Object otherwise) {
			Object value = property(name);
			return value == null ? otherwise : value;
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
