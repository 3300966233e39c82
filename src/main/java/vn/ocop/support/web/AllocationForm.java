package vn.ocop.support.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.support.FundingSource;

/**
 * A year's allocation to a plan activity from a funding source; that the activity is in the year's plan and
 * that the allocation covers what is committed are the budget's own rules.
 */
class AllocationForm {

	@NotNull
	private @Nullable Integer activityNumber;

	@NotNull
	private @Nullable FundingSource source;

	@NotNull
	private @Nullable BigDecimal allocated;

	@Size(max = 1000)
	private String note = "";

	public @Nullable Integer getActivityNumber() {
		return activityNumber;
	}

	public void setActivityNumber(@Nullable Integer activityNumber) {
		this.activityNumber = activityNumber;
	}

	public @Nullable FundingSource getSource() {
		return source;
	}

	public void setSource(@Nullable FundingSource source) {
		this.source = source;
	}

	public @Nullable BigDecimal getAllocated() {
		return allocated;
	}

	public void setAllocated(@Nullable BigDecimal allocated) {
		this.allocated = allocated;
	}

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}
}
