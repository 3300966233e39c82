package vn.ocop.planning.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.planning.PlanManagement;

/**
 * The form of a plan's target, checked field by field (every error at once, beside its field); the amount
 * is a decimal with a point or a comma. That it is not negative and its code not taken are the plan's own rules.
 */
class TargetForm {

	@NotBlank
	@Size(max = 64)
	private String code = "";

	@NotBlank
	@Size(max = 1000)
	private String label = "";

	@NotBlank
	@Pattern(regexp = "\\s*-?\\d+([.,]\\d+)?\\s*")
	private String amount = "";

	@NotBlank
	@Size(max = 50)
	private String unit = "";

	@Size(max = 64)
	private String measure = "";

	@Size(max = 1000)
	private String note = "";

	/** The target of a valid form. */
	PlanManagement.TargetDetails details() {
		return new PlanManagement.TargetDetails(code.strip(), label.strip(), new BigDecimal(amount.strip().replace(',', '.')),
				unit.strip(), measure.isBlank() ? null : measure.strip(), note.isBlank() ? null : note.strip());
	}

	public String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code == null ? "" : code;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label == null ? "" : label;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(@Nullable String amount) {
		this.amount = amount == null ? "" : amount;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit == null ? "" : unit;
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(@Nullable String measure) {
		this.measure = measure == null ? "" : measure;
	}

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}
}
