package vn.ocop.inspection.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The office's decision on a submitted plan: approved, or returned with the reason (the plan's own rule).
 */
class PlanDecisionForm {

	@NotNull
	private @Nullable Boolean approve;

	@Size(max = 2000)
	private @Nullable String note;
	public @Nullable Boolean getApprove() {
		return approve;
	}

	public void setApprove(@Nullable Boolean approve) {
		this.approve = approve;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
