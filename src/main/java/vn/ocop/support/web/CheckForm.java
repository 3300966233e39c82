package vn.ocop.support.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Size;

/**
 * The commune's or district's check of a request: endorsed or returned, with the note (the reason, when returned,
 * is the request's own rule).
 */
class CheckForm {

	private boolean endorsed = true;

	@Size(max = 2000)
	private String note = "";

	public boolean isEndorsed() {
		return endorsed;
	}

	public void setEndorsed(boolean endorsed) {
		this.endorsed = endorsed;
	}

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}
}
