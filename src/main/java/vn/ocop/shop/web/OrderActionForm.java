package vn.ocop.shop.web;

import org.jspecify.annotations.Nullable;

/**
 * What a next step of an order needs: the carrier and tracking code when shipping, the reason when cancelling (the
 * order's own rules say which are required).
 */
class OrderActionForm {

	private String carrier = "";
	private String trackingCode = "";
	private String reason = "";

	public String getCarrier() {
		return carrier;
	}

	public void setCarrier(@Nullable String carrier) {
		this.carrier = carrier == null ? "" : carrier;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public void setTrackingCode(@Nullable String trackingCode) {
		this.trackingCode = trackingCode == null ? "" : trackingCode;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}
}
