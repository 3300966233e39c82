package vn.ocop.support.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The producer's report of what the support achieved, with a reference (for an IP item: the application
 * number) and the day (today unless given).
 */
class ResultForm {

	@NotBlank
	@Size(max = 2000)
	private String note = "";

	@Size(max = 100)
	private String reference = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate on;

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(@Nullable String reference) {
		this.reference = reference == null ? "" : reference;
	}

	public @Nullable LocalDate getOn() {
		return on;
	}

	public void setOn(@Nullable LocalDate on) {
		this.on = on;
	}
}
