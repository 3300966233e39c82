package vn.ocop.support.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.LegalForm;
import vn.ocop.support.FundingSource;
import vn.ocop.support.SupportCategory;
import vn.ocop.support.SupportItemDetails;
import vn.ocop.support.SupportItemView;

/**
 * A support item as the office describes it; a ceiling of some kind, a positive amount and a share between 1 and
 * 100 are the item's own rules, a code not taken the catalogue's.
 */
class ItemForm {

	@NotBlank
	@Size(max = 32)
	private String code = "";

	@NotBlank
	@Size(max = 500)
	private String name = "";

	@NotNull
	private @Nullable SupportCategory category;

	@NotBlank
	@Size(max = 500)
	private String legalBasis = "";

	private Set<LegalForm> eligibleForms = EnumSet.noneOf(LegalForm.class);

	@Size(max = 1000)
	private String eligibilityNote = "";

	private @Nullable BigDecimal ceilingAmount;

	private @Nullable Integer ceilingShare;

	@NotNull
	private @Nullable FundingSource fundingSource = FundingSource.PROVINCIAL;

	private @Nullable Integer activityNumber;

	/** The form filled with an item, to change it. */
	static ItemForm of(SupportItemView item) {
		var form = new ItemForm();
		form.code = item.code();
		form.name = item.name();
		form.category = item.category();
		form.legalBasis = item.legalBasis();
		form.eligibleForms = item.eligibleForms().isEmpty() ? EnumSet.noneOf(LegalForm.class)
				: EnumSet.copyOf(item.eligibleForms());
		form.eligibilityNote = item.eligibilityNote() == null ? "" : item.eligibilityNote();
		form.ceilingAmount = item.ceilingAmount();
		form.ceilingShare = item.ceilingShare();
		form.fundingSource = item.fundingSource();
		form.activityNumber = item.activityNumber();
		return form;
	}

	/** The details of a valid form. */
	SupportItemDetails details() {
		return new SupportItemDetails(code.strip(), name.strip(), Objects.requireNonNull(category), legalBasis.strip(),
				eligibleForms, eligibilityNote.isBlank() ? null : eligibilityNote.strip(), ceilingAmount, ceilingShare,
				Objects.requireNonNull(fundingSource), activityNumber);
	}

	public String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code == null ? "" : code;
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public @Nullable SupportCategory getCategory() {
		return category;
	}

	public void setCategory(@Nullable SupportCategory category) {
		this.category = category;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(@Nullable String legalBasis) {
		this.legalBasis = legalBasis == null ? "" : legalBasis;
	}

	public Set<LegalForm> getEligibleForms() {
		return eligibleForms;
	}

	public void setEligibleForms(@Nullable Set<LegalForm> eligibleForms) {
		this.eligibleForms = EnumSet.noneOf(LegalForm.class);
		if (eligibleForms != null) {
			eligibleForms.stream().filter(Objects::nonNull).forEach(this.eligibleForms::add);
		}
	}

	public String getEligibilityNote() {
		return eligibilityNote;
	}

	public void setEligibilityNote(@Nullable String eligibilityNote) {
		this.eligibilityNote = eligibilityNote == null ? "" : eligibilityNote;
	}

	public @Nullable BigDecimal getCeilingAmount() {
		return ceilingAmount;
	}

	public void setCeilingAmount(@Nullable BigDecimal ceilingAmount) {
		this.ceilingAmount = ceilingAmount;
	}

	public @Nullable Integer getCeilingShare() {
		return ceilingShare;
	}

	public void setCeilingShare(@Nullable Integer ceilingShare) {
		this.ceilingShare = ceilingShare;
	}

	public @Nullable FundingSource getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(@Nullable FundingSource fundingSource) {
		this.fundingSource = fundingSource;
	}

	public @Nullable Integer getActivityNumber() {
		return activityNumber;
	}

	public void setActivityNumber(@Nullable Integer activityNumber) {
		this.activityNumber = activityNumber;
	}
}
