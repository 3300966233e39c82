package vn.ocop.support.web;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.support.SupportApplication;

/**
 * A producer's application for a support item (or an officer's on the producer's behalf), possibly answering a
 * difficulty raised in a monthly report; the ceiling and the eligibility are the request's own rules.
 */
class RequestForm {

	@NotNull
	private @Nullable UUID itemId;

	@NotNull
	private @Nullable UUID productId;

	@NotBlank
	@Size(max = 4000)
	private String purpose = "";

	@NotNull
	private @Nullable BigDecimal costEstimate;

	@NotNull
	private @Nullable BigDecimal requestedAmount;

	private @Nullable UUID reportId;

	private String reportMonth = "";

	/** The application of a valid form. */
	SupportApplication application() {
		return new SupportApplication(Objects.requireNonNull(itemId), Objects.requireNonNull(productId), purpose.strip(),
				Objects.requireNonNull(costEstimate), Objects.requireNonNull(requestedAmount), reportId);
	}

	/** The month of the report the request answers, if any. */
	@Nullable
	String month() {
		return reportMonth.isBlank() ? null : reportMonth.strip();
	}

	public @Nullable UUID getItemId() {
		return itemId;
	}

	public void setItemId(@Nullable UUID itemId) {
		this.itemId = itemId;
	}

	public @Nullable UUID getProductId() {
		return productId;
	}

	public void setProductId(@Nullable UUID productId) {
		this.productId = productId;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(@Nullable String purpose) {
		this.purpose = purpose == null ? "" : purpose;
	}

	public @Nullable BigDecimal getCostEstimate() {
		return costEstimate;
	}

	public void setCostEstimate(@Nullable BigDecimal costEstimate) {
		this.costEstimate = costEstimate;
	}

	public @Nullable BigDecimal getRequestedAmount() {
		return requestedAmount;
	}

	public void setRequestedAmount(@Nullable BigDecimal requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public @Nullable UUID getReportId() {
		return reportId;
	}

	public void setReportId(@Nullable UUID reportId) {
		this.reportId = reportId;
	}

	public String getReportMonth() {
		return reportMonth;
	}

	public void setReportMonth(@Nullable String reportMonth) {
		this.reportMonth = reportMonth == null ? "" : reportMonth;
	}
}
