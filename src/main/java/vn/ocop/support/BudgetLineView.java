package vn.ocop.support;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A budget line with its allocated, committed, disbursed and remaining amounts (whole đồng).
 */
public record BudgetLineView(UUID id, int year, UUID activityId, int activityNumber, String activityTitle,
		FundingSource source, BigDecimal allocated, BigDecimal committed, BigDecimal disbursed, BigDecimal remaining,
		@Nullable String note) {
}
