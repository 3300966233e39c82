package vn.ocop.criteria.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;

/**
 * The product set whose draft is started (a new scorecard, or the next version) or opened when it has one.
 */
class DraftStartForm {

	@NotBlank
	private String productSet = "";

	public String getProductSet() {
		return productSet;
	}

	public void setProductSet(@Nullable String productSet) {
		this.productSet = productSet == null ? "" : productSet;
	}
}
