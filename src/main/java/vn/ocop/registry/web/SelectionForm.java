package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Selecting or rejecting a registered idea ({@code decision}: {@code select} or {@code reject}), with the note or
 * the reason (required when rejecting: the product's own rule), and on the desk the cycle to go back to.
 */
class SelectionForm {

	@NotBlank
	@Pattern(regexp = "select|reject")
	private String decision = "";

	@Size(max = 2000)
	private @Nullable String reason;

	private @Nullable Integer cycleYear;

	/** The form of one of the two decisions. */
	static SelectionForm of(String decision) {
		var form = new SelectionForm();
		form.decision = decision;
		return form;
	}

	boolean selects() {
		return decision.equals("select");
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(@Nullable String decision) {
		this.decision = decision == null ? "" : decision;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable Integer getCycleYear() {
		return cycleYear;
	}

	public void setCycleYear(@Nullable Integer cycleYear) {
		this.cycleYear = cycleYear;
	}
}
