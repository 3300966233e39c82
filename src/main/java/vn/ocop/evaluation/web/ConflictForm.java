package vn.ocop.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * A council member's declaration of a conflict of interest with a product's producer: the reason, which the
 * declaration itself requires.
 */
class ConflictForm {

	private String reason = "";

	public String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}
}
