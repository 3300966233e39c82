package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The office's decision on a change of certified details ({@code approve} or {@code reject}), with its note
 * (required when rejecting: the request's own rule) and the page to go back to (the product's, or the queue).
 */
class ChangeDecisionForm {

	@NotBlank
	@Pattern(regexp = "approve|reject")
	private String decision = "";

	@Size(max = 2000)
	private @Nullable String note;

	private @Nullable String back;

	/** The product page to go back to, if that is where the decision was made. */
	@Nullable
	String productPage() {
		return back != null && back.matches("/registry/products/[0-9a-f-]{36}") ? back : null;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(@Nullable String decision) {
		this.decision = decision == null ? "" : decision;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable String getBack() {
		return back;
	}

	public void setBack(@Nullable String back) {
		this.back = back;
	}
}
