package vn.ocop.evaluation.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step of the council's procedure on one product of the session page: the page has the step's form once per
 * product and shows a refusal at the form of the product it is about. The product comes from the address, never
 * from the form's fields.
 */
abstract class ProductStepForm {

	private @Nullable UUID productId;

	public @Nullable UUID getProductId() {
		return productId;
	}

	/** Marks the form as the one of the product, for the page to show its errors there. */
	void forProduct(UUID productId) {
		this.productId = productId;
	}
}
