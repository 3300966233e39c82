package vn.ocop.certification.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.ocop.certification.IssuingLevel;
import vn.ocop.certification.NewDecision;
import vn.ocop.certification.SignerCapacity;

/**
 * A decision as entered on the pages: recognition (with the products ticked), downgrade (with the new stars) or
 * revocation (with the certificates ticked and its legal ground), with the level that decided and whether the head
 * or a deputy signed. The rules are checked by the certification module.
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

	private @Nullable IssuingLevel level;

	private @Nullable SignerCapacity capacity = SignerCapacity.DEPUTY;

	private @Nullable Integer centralStars;

	private @Nullable String groundCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate groundsEstablishedOn;

	NewDecision toDecision() {
		return new NewDecision(decisionNumber == null ? "" : decisionNumber, decisionDate, signer, authority, reason,
				legalBasis, level, capacity, centralStars,
				groundCode == null || groundCode.isBlank() ? null : groundCode, groundsEstablishedOn);
	}

	public @Nullable IssuingLevel getLevel() {
		return level;
	}

	public void setLevel(@Nullable IssuingLevel level) {
		this.level = level;
	}

	public @Nullable SignerCapacity getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable SignerCapacity capacity) {
		this.capacity = capacity;
	}

	public @Nullable Integer getCentralStars() {
		return centralStars;
	}

	public void setCentralStars(@Nullable Integer centralStars) {
		this.centralStars = centralStars;
	}

	public @Nullable String getGroundCode() {
		return groundCode;
	}

	public void setGroundCode(@Nullable String groundCode) {
		this.groundCode = groundCode;
	}

	public @Nullable LocalDate getGroundsEstablishedOn() {
		return groundsEstablishedOn;
	}

	public void setGroundsEstablishedOn(@Nullable LocalDate groundsEstablishedOn) {
		this.groundsEstablishedOn = groundsEstablishedOn;
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
