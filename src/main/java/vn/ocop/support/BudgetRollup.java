package vn.ocop.support;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The budget of a year rolled up four ways. Every view adds up to the same totals: by activity and by source
 * (with the allocations), by district and by product group (what was committed and disbursed there; contracts
 * without an area or group fall under "—").
 */
public record BudgetRollup(int year, Totals totals, List<Row> byActivity, List<Row> bySource, List<Row> byArea,
		List<Row> byGroup, List<BudgetLineView> lines, List<CommitmentView> commitments) {

	/** One row: allocated is {@code null} where money is not allocated that way (districts, product groups). */
	public record Row(String key, String label, @Nullable BigDecimal allocated, BigDecimal committed,
			BigDecimal disbursed) {

		public @Nullable BigDecimal remaining() {
			return allocated == null ? null : allocated.subtract(committed);
		}
	}

	public record Totals(BigDecimal allocated, BigDecimal committed, BigDecimal disbursed) {

		public BigDecimal remaining() {
			return allocated.subtract(committed);
		}
	}
}
