package vn.ocop.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/** A line to add to a plan: the producer, optionally one of its products, the month (1–12), the agencies. */
public record NewPlanItem(UUID producerId, @Nullable UUID productId, int month, @Nullable String agencies) {

	/** 422 for a month outside 1–12. */
	void requireMonth() {
		if (month < 1 || month > 12) {
			throw BusinessRuleException.unprocessable("monitoring.plan.month", month);
		}
	}
}
