package vn.ocop.support;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.registry.LegalForm;

/**
 * A support item as pages and the API show it.
 */
public record SupportItemView(UUID id, String code, String name, SupportCategory category, String legalBasis,
		Set<LegalForm> eligibleForms, @Nullable String eligibilityNote, @Nullable BigDecimal ceilingAmount,
		@Nullable Integer ceilingShare, FundingSource fundingSource, @Nullable Integer activityNumber,
		boolean active) {
}
