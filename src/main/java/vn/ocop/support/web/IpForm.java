package vn.ocop.support.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.support.IpType;

/**
 * An IP or brand registration recorded for a product; the filing day not in the future is the registration's own
 * rule.
 */
class IpForm {

	@NotNull
	private @Nullable UUID productId;

	@NotNull
	private @Nullable IpType type;

	@NotBlank
	@Size(max = 300)
	private String markName = "";

	@NotBlank
	@Size(max = 300)
	private String applicant = "";

	@Size(max = 64)
	private String applicationNumber = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate filingDate;

	@Size(max = 2000)
	private String note = "";

	public @Nullable UUID getProductId() {
		return productId;
	}

	public void setProductId(@Nullable UUID productId) {
		this.productId = productId;
	}

	public @Nullable IpType getType() {
		return type;
	}

	public void setType(@Nullable IpType type) {
		this.type = type;
	}

	public String getMarkName() {
		return markName;
	}

	public void setMarkName(@Nullable String markName) {
		this.markName = markName == null ? "" : markName;
	}

	public String getApplicant() {
		return applicant;
	}

	public void setApplicant(@Nullable String applicant) {
		this.applicant = applicant == null ? "" : applicant;
	}

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(@Nullable String applicationNumber) {
		this.applicationNumber = applicationNumber == null ? "" : applicationNumber;
	}

	public @Nullable LocalDate getFilingDate() {
		return filingDate;
	}

	public void setFilingDate(@Nullable LocalDate filingDate) {
		this.filingDate = filingDate;
	}

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}
}
