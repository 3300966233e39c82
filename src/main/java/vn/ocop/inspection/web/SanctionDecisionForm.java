package vn.ocop.inspection.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.inspection.SanctionDecision;

/**
 * The office's decision on a proposed sanction: followed (with the decision's number and date for a downgrade
 * or a revocation) or not (with the reason); those rules are the decision's own.
 */
class SanctionDecisionForm {

	@NotNull
	private @Nullable Boolean follow;

	@Size(max = 100)
	private @Nullable String decisionNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decisionDate;

	@Size(max = 200)
	private @Nullable String signer;

	@Size(max = 2000)
	private @Nullable String legalBasis;

	@Size(max = 2000)
	private @Nullable String note;

	SanctionDecision decision() {
		return new SanctionDecision(Boolean.TRUE.equals(follow), decisionNumber, decisionDate,
				signer, legalBasis, note);
	}

	public @Nullable Boolean getFollow() {
		return follow;
	}

	public void setFollow(@Nullable Boolean follow) {
		this.follow = follow;
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

	public @Nullable String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(@Nullable String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
