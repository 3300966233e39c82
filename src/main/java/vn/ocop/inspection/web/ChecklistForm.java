package vn.ocop.inspection.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import vn.ocop.inspection.CheckResult;
import vn.ocop.inspection.CheckView;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.InspectionView;

/**
 * The checklist's outcomes: for each item its result and note, sent as {@code result-ITEM} and {@code note-ITEM}
 * (the names the page has always used), kept here by item name; an item without a result is left as it was.
 */
class ChecklistForm {

	/** The longest note of an item (the check's own rule). */
	static final int NOTE_MAX = 1000;

	private Map<String, String> results = new LinkedHashMap<>();
	private Map<String, String> notes = new LinkedHashMap<>();

	/** The checklist as recorded. */
	static ChecklistForm of(InspectionView inspection) {
		var form = new ChecklistForm();
		for (CheckView check : inspection.checklist()) {
			if (check.result() != null) {
				form.results.put(check.item().name(), check.result().name());
			}
			if (check.note() != null) {
				form.notes.put(check.item().name(), check.note());
			}
		}
		return form;
	}

	/** Takes the {@code result-ITEM} and {@code note-ITEM} parameters of the request. */
	void read(Map<String, String> parameters) {
		for (ChecklistItem item : ChecklistItem.values()) {
			String result = parameters.get("result-" + item);
			if (result != null && !result.isBlank()) {
				results.put(item.name(), result.strip());
			}
			String note = parameters.get("note-" + item);
			if (note != null) {
				notes.put(item.name(), note);
			}
		}
	}

	/** The outcomes to record; an unknown result or a too long note is an error beside its item. */
	List<CheckView> outcomes(BindingResult binding, InspectionScreens screens) {
		List<CheckView> outcomes = new ArrayList<>();
		for (ChecklistItem item : ChecklistItem.values()) {
			String result = results.get(item.name());
			if (result == null) {
				continue;
			}
			String note = notes.get(item.name());
			if (note != null && note.length() > NOTE_MAX) {
				binding.rejectValue("notes[" + item + "]", "monitoring.field.tooLong", null,
						screens.text("monitoring.field.tooLong", screens.text("monitoring.page.note"), NOTE_MAX));
			}
			try {
				outcomes.add(new CheckView(item, CheckResult.valueOf(result), note));
			}
			catch (IllegalArgumentException e) {
				binding.rejectValue("results[" + item + "]", "typeMismatch");
			}
		}
		return outcomes;
	}

	public Map<String, String> getResults() {
		return results;
	}

	public void setResults(@Nullable Map<String, String> results) {
		this.results = results == null ? new LinkedHashMap<>() : results;
	}

	public Map<String, String> getNotes() {
		return notes;
	}

	public void setNotes(@Nullable Map<String, String> notes) {
		this.notes = notes == null ? new LinkedHashMap<>() : notes;
	}
}
