package vn.ocop.criteria.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The draft editor's form as typed: every field of the scorecard by its path in the document (
 * {@code parts[0].groups[1].criteria[2].options[0].points} …, read from the request when the form is made,
 * {@link #of}, as the document's shape decides them) and the button pressed, if any ({@code action}: add or
 * remove a part, group, criterion, option or band). The document's rules are checked by the draft itself and shown
 * beside each part, group and criterion.
 */
class DraftEditForm {

	private final MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();

	/** As sent: htmx sends a button's action twice (its value and its address), the first one counts. */
	private List<String> action = List.of();

	/** The form with the fields of a request's parameters. */
	static DraftEditForm of(java.util.Map<String, String[]> parameters) {
		var form = new DraftEditForm();
		parameters.forEach((name, values) -> form.fields.put(name, List.of(values)));
		return form;
	}

	/** The fields by their paths in the document. */
	MultiValueMap<String, String> fields() {
		return fields;
	}

	/** The button pressed, if any. */
	@Nullable String pressed() {
		return action.isEmpty() ? null : action.get(0);
	}

	/** Whether the change is typing (no button pressed). */
	boolean typing() {
		String pressed = pressed();
		return pressed == null || pressed.isBlank();
	}

	public List<String> getAction() {
		return action;
	}

	public void setAction(@Nullable List<String> action) {
		this.action = action == null ? List.of() : action;
	}
}
