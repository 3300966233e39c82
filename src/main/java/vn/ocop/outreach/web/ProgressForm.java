package vn.ocop.outreach.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;

/** A pilot model's progress in per cent; that it is between 0 and 100 is the model's own rule. */
class ProgressForm {

	@NotNull
	private @Nullable Integer progress;

	public @Nullable Integer getProgress() {
		return progress;
	}

	public void setProgress(@Nullable Integer progress) {
		this.progress = progress;
	}
}
