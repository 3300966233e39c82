package vn.ocop.support;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.ocop.registry.LegalForm;
import vn.ocop.shared.BusinessRuleException;

/**
 * What the office says about a support item.
 *
 * @param eligibleForms the legal forms that may apply; empty means every producer
 * @param ceilingAmount the most paid per request, in đồng, or {@code null} for no fixed ceiling
 * @param ceilingShare the most paid as a per cent of the cost estimate, or {@code null}
 * @param activityNumber the plan activity whose budget lines pay for it, or {@code null}
 */
public record SupportItemDetails(String code, String name, SupportCategory category, String legalBasis,
		Set<LegalForm> eligibleForms, @Nullable String eligibilityNote, @Nullable BigDecimal ceilingAmount,
		@Nullable Integer ceilingShare, FundingSource fundingSource, @Nullable Integer activityNumber) {

	public SupportItemDetails {
		eligibleForms = eligibleForms == null ? Set.of() : Set.copyOf(eligibleForms);
	}

	/** Fails, naming the first missing field, unless the item can be saved (a ceiling of some kind included). */
	SupportItemDetails requireValid() {
		SupportManagement.require(code, "code");
		SupportManagement.require(name, "name");
		SupportManagement.require(legalBasis, "legalBasis");
		if (category == null) {
			throw BusinessRuleException.unprocessable("support.field.required", SupportManagement.field("category"));
		}
		if (fundingSource == null) {
			throw BusinessRuleException.unprocessable("support.field.required", SupportManagement.field("fundingSource"));
		}
		if (ceilingAmount == null && ceilingShare == null) {
			throw BusinessRuleException.unprocessable("support.item.ceiling.required");
		}
		return this;
	}

	/** The code as items are kept: stripped, upper case. */
	String normalisedCode() {
		return code.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
