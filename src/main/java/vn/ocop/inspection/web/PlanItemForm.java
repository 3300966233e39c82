package vn.ocop.inspection.web;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.inspection.NewPlanItem;

/**
 * A line of a plan: the product ("producerId:productId"), the month, the agencies taking part; that the month
 * is between 1 and 12 is the plan's own rule.
 */
class PlanItemForm {

	private String product = "";

	@NotNull
	private @Nullable Integer month;

	@Size(max = 500)
	private @Nullable String agencies;

	NewPlanItem item() {
		UUID[] ids = InspectionScreens.productChoice(product);
		return new NewPlanItem(ids[0], ids[1], Objects.requireNonNull(month), agencies);
	}

	public String getProduct() {
		return product;
	}

	public void setProduct(@Nullable String product) {
		this.product = product == null ? "" : product;
	}

	public @Nullable Integer getMonth() {
		return month;
	}

	public void setMonth(@Nullable Integer month) {
		this.month = month;
	}

	public @Nullable String getAgencies() {
		return agencies;
	}

	public void setAgencies(@Nullable String agencies) {
		this.agencies = agencies;
	}
}
