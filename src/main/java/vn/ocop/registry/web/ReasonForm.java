package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Size;

/**
 * A reason given with an action on a product (returning or withdrawing its dossier); whether it is required is
 * the product's own rule.
 */
class ReasonForm {

	@Size(max = 2000)
	private @Nullable String reason;

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	/** The reason stripped; {@code null} if blank. */
	@Nullable
	String reasonOrNull() {
		return reason == null || reason.isBlank() ? null : reason.strip();
	}
}
