package vn.ocop.inspection.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.inspection.NewInspection;

/**
 * An inspection opened: from a plan's line, or unplanned for a product ("producerId:productId"); or from a
 * complaint (day, inspector and agencies only).
 */
class OpenForm {

	private @Nullable UUID planItemId;

	private String product = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate scheduledOn;

	private String inspector = "";

	@Size(max = 500)
	private @Nullable String agencies;

	NewInspection inspection() {
		UUID[] ids = planItemId == null ? InspectionScreens.productChoice(product) : new UUID[] { null, null };
		return new NewInspection(planItemId, ids[0], ids[1], null, Objects.requireNonNull(scheduledOn), inspector,
				agencies);
	}

	public @Nullable UUID getPlanItemId() {
		return planItemId;
	}

	public void setPlanItemId(@Nullable UUID planItemId) {
		this.planItemId = planItemId;
	}

	public String getProduct() {
		return product;
	}

	public void setProduct(@Nullable String product) {
		this.product = product == null ? "" : product;
	}

	public @Nullable LocalDate getScheduledOn() {
		return scheduledOn;
	}

	public void setScheduledOn(@Nullable LocalDate scheduledOn) {
		this.scheduledOn = scheduledOn;
	}

	public String getInspector() {
		return inspector;
	}

	public void setInspector(@Nullable String inspector) {
		this.inspector = inspector == null ? "" : inspector;
	}

	public @Nullable String getAgencies() {
		return agencies;
	}

	public void setAgencies(@Nullable String agencies) {
		this.agencies = agencies;
	}
}
