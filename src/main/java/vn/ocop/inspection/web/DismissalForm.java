package vn.ocop.inspection.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a complaint is closed without an inspection.
 */
class DismissalForm {

	@NotBlank
	@Size(max = 1000)
	private String note = "";
	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}
}
