package vn.ocop.support.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A direct contract committed on a budget line: what it is for and the amount; the money left on the line is
 * the line's own rule.
 */
class ContractForm {

	@NotBlank
	@Size(max = 1000)
	private String description = "";

	@NotNull
	private @Nullable BigDecimal amount;

	/** The year of the budget page to go back to (a hidden field; this year if missing). */
	private @Nullable Integer year;

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public @Nullable BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
	}
}
