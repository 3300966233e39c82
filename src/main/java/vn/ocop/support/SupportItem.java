package vn.ocop.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.registry.LegalForm;
import vn.ocop.shared.BusinessRuleException;

/**
 * A support item of the plan (nội dung hỗ trợ): what it pays for, the decision that allows it, who may apply, the
 * ceiling as an amount and/or a share of the cost, and the funding source that pays.
 */
@Entity
@Table(name = "support_item")
class SupportItem {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SupportCategory category;

	@Column(nullable = false)
	private String legalBasis;

	private @Nullable String eligibleForms;

	private @Nullable String eligibilityNote;

	private @Nullable BigDecimal ceilingAmount;

	private @Nullable Integer ceilingShare;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundingSource fundingSource;

	private @Nullable Integer activityNumber;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected SupportItem() {
	}

	SupportItem(SupportItemDetails details, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.active = true;
		this.createdAt = now;
		this.createdBy = actor;
		describe(details);
	}

	void describe(SupportItemDetails details) {
		if (details.ceilingAmount() != null && details.ceilingAmount().signum() <= 0) {
			throw BusinessRuleException.unprocessable("support.item.ceiling.invalid");
		}
		if (details.ceilingShare() != null && (details.ceilingShare() < 1 || details.ceilingShare() > 100)) {
			throw BusinessRuleException.unprocessable("support.item.share.invalid");
		}
		this.code = details.code().strip().toUpperCase(java.util.Locale.ROOT);
		this.name = details.name().strip();
		this.category = details.category();
		this.legalBasis = details.legalBasis().strip();
		this.eligibleForms = details.eligibleForms().isEmpty() ? null
				: details.eligibleForms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.eligibilityNote = blankToNull(details.eligibilityNote());
		this.ceilingAmount = details.ceilingAmount() == null ? null : details.ceilingAmount().setScale(0, RoundingMode.DOWN);
		this.ceilingShare = details.ceilingShare();
		this.fundingSource = details.fundingSource();
		this.activityNumber = details.activityNumber();
	}

	void activate(boolean active) {
		this.active = active;
	}

	Set<LegalForm> eligibleForms() {
		if (eligibleForms == null || eligibleForms.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(eligibleForms.split(",")).map(LegalForm::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalForm.class)));
	}

	boolean mayApply(LegalForm form) {
		var forms = eligibleForms();
		return forms.isEmpty() || forms.contains(form);
	}

	/**
	 * The most this item pays for a cost estimate: the lower of the fixed ceiling and the share of the cost, or the
	 * cost itself without either.
	 */
	BigDecimal ceilingFor(BigDecimal cost) {
		BigDecimal most = cost;
		if (ceilingShare != null) {
			most = most.min(cost.multiply(BigDecimal.valueOf(ceilingShare)).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN));
		}
		if (ceilingAmount != null) {
			most = most.min(ceilingAmount);
		}
		return most;
	}

	SupportItemView toView() {
		return new SupportItemView(id, code, name, category, legalBasis, eligibleForms(), eligibilityNote, ceilingAmount,
				ceilingShare, fundingSource, activityNumber, active);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	UUID getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	SupportCategory getCategory() {
		return category;
	}

	FundingSource getFundingSource() {
		return fundingSource;
	}

	@Nullable
	Integer getActivityNumber() {
		return activityNumber;
	}

	boolean isActive() {
		return active;
	}
}
