package vn.ocop.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * The check of the scorecard's disqualifiers before anyone scores: whether the dossier is disqualified, and why
 * (required when it is, by the session's own rule; cut at 1,000 characters).
 */
class DisqualifierForm extends ProductStepForm {

	private boolean disqualified;

	private @Nullable String reason;

	/** The reason as recorded. */
	@Nullable String reasonText() {
		return reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
	}

	public boolean isDisqualified() {
		return disqualified;
	}

	public void setDisqualified(boolean disqualified) {
		this.disqualified = disqualified;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}
}
