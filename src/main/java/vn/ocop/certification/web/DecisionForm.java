package vn.ocop.certification.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.ocop.certification.NewDecision;

/**
 * A decision as entered on the pages: recognition (with the products ticked), downgrade (with the new stars) or
 * revocation (with the certificates ticked). The rules are checked by the certification module.
 */
public class DecisionForm {

	private @Nullable String decisionNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decisionDate;

	private @Nullable String signer;

	private @Nullable String authority;

	private @Nullable String reason;

	private @Nullable String legalBasis;

	private @Nullable Integer stars;

	private List<UUID> productIds = new ArrayList<>();

	private List<String> codes = new ArrayList<>();

	NewDecision toDecision() {
		return new NewDecision(decisionNumber == null ? "" : decisionNumber, decisionDate, signer, authority, reason,
				legalBasis);
	}

	public @Nullable String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(@Nullable String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public @Nullable LocalDate getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(@Nullable LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public @Nullable String getSigner() {
		return signer;
	}

	public void setSigner(@Nullable String signer) {
		this.signer = signer;
	}

	public @Nullable String getAuthority() {
		return authority;
	}

	public void setAuthority(@Nullable String authority) {
		this.authority = authority;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(@Nullable String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public @Nullable Integer getStars() {
		return stars;
	}

	public void setStars(@Nullable Integer stars) {
		this.stars = stars;
	}

	public List<UUID> getProductIds() {
		return productIds;
	}

	public void setProductIds(@Nullable List<UUID> productIds) {
		this.productIds = productIds == null ? new ArrayList<>() : productIds;
	}

	public List<String> getCodes() {
		return codes;
	}

	public void setCodes(@Nullable List<String> codes) {
		this.codes = codes == null ? new ArrayList<>() : codes;
	}
}
