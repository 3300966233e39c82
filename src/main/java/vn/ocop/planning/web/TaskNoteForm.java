package vn.ocop.planning.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A progress note on a task, with the progress in percent if it changed; that the progress is between 0 and
 * 100 is the task's own rule.
 */
class TaskNoteForm {

	@NotBlank
	@Size(max = 4000)
	private String note = "";

	private @Nullable Integer progress;

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}

	public @Nullable Integer getProgress() {
		return progress;
	}

	public void setProgress(@Nullable Integer progress) {
		this.progress = progress;
	}
}
