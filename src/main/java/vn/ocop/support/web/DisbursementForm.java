package vn.ocop.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;

/**
 * The payment of an approved request: the amount paid and the day (today unless given).
 */
class DisbursementForm {

	@NotNull
	private @Nullable BigDecimal amount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate paidOn;

	public @Nullable BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
	}

	public @Nullable LocalDate getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(@Nullable LocalDate paidOn) {
		this.paidOn = paidOn;
	}
}
