package vn.ocop.reporting.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.web.FormFields;

/**
 * The report forms' fields in the monitoring bundle: each form bound and checked, every error beside its field, the
 * reports' own rules beside the field they are about (the rest above the form).
 */
@Component
class ReportForms extends FormFields {

	/** The fields the reports' own rules are about. */
	static final Map<String, String> RULE_FIELDS = Map.of("monitoring.report.reasonRequired", "reason");

	ReportForms(MessageSource messages) {
		super(messages, "monitoring");
	}

	/**
	 * Runs a change for a bound form (a record not found is shown above the form); on success flashes the message
	 * with the arguments taken from what the change returned.
	 */
	<T> boolean submit(BindingResult binding, RedirectAttributes redirect, String successCode, Supplier<T> change,
			Function<T, Object[]> arguments) {
		@SuppressWarnings("unchecked")
		T[] done = (T[]) new Object[1];
		boolean ok = attempt(binding, redirect, successCode, () -> {
			try {
				return done[0] = change.get();
			}
			catch (NotFoundException e) {
				throw BusinessRuleException.unprocessable(e.messageCode(), e.arguments());
			}
		}, RULE_FIELDS);
		if (ok) {
			redirect.addFlashAttribute("monitoringFlash", text(successCode, arguments.apply(done[0])));
		}
		return ok;
	}
}
