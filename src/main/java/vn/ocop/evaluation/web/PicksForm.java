package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/**
 * A member's picks on the scoring page: {@code criterion} + {@code option} (one change), and/or
 * {@code pick.<criterion>=<option>} for every radio of the form (an empty option: nothing ticked). The radios are
 * named by criterion, so they are read from the request when the form is made ({@link #of}); the two fixed fields
 * are bound as usual.
 */
class PicksForm {

	static final String PICK_PREFIX = "pick.";

	private final Map<String, String> radios = new LinkedHashMap<>();

	private String criterion = "";

	private @Nullable String option;

	/** The form with the radios of a request's parameters. */
	static PicksForm of(Map<String, String[]> parameters) {
		var form = new PicksForm();
		parameters.forEach((name, values) -> {
			if (name.startsWith(PICK_PREFIX) && name.length() > PICK_PREFIX.length() && values.length > 0) {
				form.radios.put(name.substring(PICK_PREFIX.length()), values[values.length - 1]);
			}
		});
		return form;
	}

	/** The picks as option codes (nothing ticked: null); an option that is no number is refused, naming it. */
	Map<String, @Nullable Integer> picks() {
		Map<String, @Nullable Integer> picks = new LinkedHashMap<>();
		List<String> bad = new ArrayList<>();
		radios.forEach((code, value) -> put(picks, bad, code, value));
		if (!criterion.isBlank()) {
			put(picks, bad, criterion.strip(), option);
		}
		if (!bad.isEmpty()) {
			throw BusinessRuleException.unprocessable("evaluation.scoring.unknown", "", String.join(", ", bad));
		}
		return picks;
	}

	private static void put(Map<String, @Nullable Integer> picks, List<String> bad, String criterion,
			@Nullable String option) {
		if (option == null || option.isBlank()) {
			picks.put(criterion, null);
			return;
		}
		try {
			picks.put(criterion, Integer.valueOf(option.strip()));
		}
		catch (NumberFormatException e) {
			bad.add(criterion + "=" + option);
		}
	}

	public String getCriterion() {
		return criterion;
	}

	public void setCriterion(@Nullable String criterion) {
		this.criterion = criterion == null ? "" : criterion;
	}

	public @Nullable String getOption() {
		return option;
	}

	public void setOption(@Nullable String option) {
		this.option = option;
	}
}
