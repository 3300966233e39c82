package vn.ocop.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The council's agreed answers on the marked criteria its members answered differently, as the chair records
 * them: {@code answer.<criterion>=<option>} (0: nothing ticked; empty: left as it is). The fields are named by
 * criterion, so they are read from the request when the form is made ({@link #of}); an option that is no number
 * is passed on as -1 for the session to refuse, naming the criterion.
 */
class AgreedAnswersForm extends ProductStepForm {

	private final Map<String, Integer> answers = new LinkedHashMap<>();

	/** The form with the answers of a request's parameters. */
	static AgreedAnswersForm of(Map<String, String[]> parameters) {
		var form = new AgreedAnswersForm();
		parameters.forEach((name, values) -> {
			if (name.startsWith("answer.") && values.length > 0 && values[0] != null && !values[0].isBlank()) {
				try {
					form.answers.put(name.substring("answer.".length()), Integer.valueOf(values[0].strip()));
				}
				catch (NumberFormatException e) {
					form.answers.put(name.substring("answer.".length()), -1);
				}
			}
		});
		return form;
	}

	Map<String, Integer> answers() {
		return answers;
	}
}
