package vn.ocop.support.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The office's refusal of a request, with the reason and the decision if there is one.
 */
class RefusalForm {

	@NotBlank
	@Size(max = 2000)
	private String reason = "";

	@Size(max = 100)
	private String decisionNumber = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decidedOn;

	public String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(@Nullable String decisionNumber) {
		this.decisionNumber = decisionNumber == null ? "" : decisionNumber;
	}

	public @Nullable LocalDate getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(@Nullable LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}
}
