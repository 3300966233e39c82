package vn.ocop.inspection.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An inspection's conclusion and the day it was inspected (today when none; not in the future: the
 * inspection's own rule).
 */
class ConclusionForm {

	@NotBlank
	@Size(max = 4000)
	private String conclusion = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate inspectedOn;

	/** An empty conclusion, inspected today. */
	static ConclusionForm of(LocalDate today) {
		var form = new ConclusionForm();
		form.inspectedOn = today;
		return form;
	}

	public String getConclusion() {
		return conclusion;
	}

	public void setConclusion(@Nullable String conclusion) {
		this.conclusion = conclusion == null ? "" : conclusion;
	}

	public @Nullable LocalDate getInspectedOn() {
		return inspectedOn;
	}

	public void setInspectedOn(@Nullable LocalDate inspectedOn) {
		this.inspectedOn = inspectedOn;
	}
}
