package vn.ocop.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The office's approval of a checked request: the amount (the requested one unless given; the ceiling, the
 * request and the budget line are the request's own rules), the decision and its day.
 */
class ApprovalForm {

	private @Nullable BigDecimal amount;

	@NotBlank
	@Size(max = 100)
	private String decisionNumber = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decidedOn;

	@Size(max = 2000)
	private String note = "";

	public @Nullable BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
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

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}
}
