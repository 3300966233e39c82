package vn.ocop.support.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;

/**
 * A step of an IP registration on its row: the number and day of the filing or of the grant (each required for
 * that step), the grant's expiry, or the reason of a refusal.
 */
class IpStepForm {

	@Size(max = 64)
	private String number = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate expiresOn;

	@Size(max = 2000)
	private String reason = "";

	public String getNumber() {
		return number;
	}

	public void setNumber(@Nullable String number) {
		this.number = number == null ? "" : number;
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(@Nullable LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}
}
