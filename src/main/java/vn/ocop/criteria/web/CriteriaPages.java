package vn.ocop.criteria.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.web.FormFields;

/**
 * What the scorecard pages share: the messages of the criteria bundle in the reader's language and the bound
 * forms' way through a change ({@link #attempt}).
 */
@Component
class CriteriaPages extends FormFields {

	CriteriaPages(MessageSource messages) {
		super(messages, "criteria");
	}

	/**
	 * Runs a change of a bound form through {@link FormFields#attempt(BindingResult, Supplier, Map)}. On success the page's message (if any) is flashed as the scorecard pages always did (its code
	 * in {@code flash}); on a refusal the answer is 422 (409 for a conflict with the record's state) and the
	 * refusal is returned so that the page can show what came with it.
	 */
	Refusal attempt(BindingResult binding, RedirectAttributes redirect, @Nullable String successCode,
			Supplier<?> change, Map<String, String> ruleFields, HttpServletResponse response) {
		BusinessRuleException[] refused = new BusinessRuleException[1];
		boolean done = attempt(binding, () -> {
			try {
				return change.get();
			}
			catch (BusinessRuleException e) {
				refused[0] = e;
				throw e;
			}
		}, ruleFields);
		if (done) {
			if (successCode != null) {
				flash(redirect, successCode);
			}
			return Refusal.NONE;
		}
		response.setStatus(refused[0] != null && refused[0].kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422);
		return new Refusal(true, refused[0]);
	}

	/** The scorecard pages flash the message's code ({@code flash}), which the layout shows. */
	@Override
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute("flash", successCode);
	}

	/** The problems of a file, each in the reader's language. */
	List<String> messages(List<ImportProblems.Problem> problems) {
		return problems.stream().map(p -> text(p.messageCode(), p.arguments().toArray())).toList();
	}

	/** Whether a change was refused, and the broken rule if one was (none when the form's own checks failed). */
	record Refusal(boolean refused, @Nullable BusinessRuleException rule) {

		static final Refusal NONE = new Refusal(false, null);

		/** What the broken rule carried along (the draft a set already has …), or nothing. */
		@Nullable Object property(String name) {
			return rule == null ? null : rule.properties().get(name);
		}
	}
}
