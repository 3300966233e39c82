package vn.ocop.planning.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a plan's activity, checked field by field (every error at once, beside its field); that its
 * number is not taken is the plan's own rule.
 */
class ActivityForm {

	@NotNull
	private @Nullable Integer number;

	@NotBlank
	@Size(max = 1000)
	private String title = "";

	public @Nullable Integer getNumber() {
		return number;
	}

	public void setNumber(@Nullable Integer number) {
		this.number = number;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}
}
