package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product's result in one session: the mean of the members' totals (two decimals), its stars (after any cap by
 * a failed mandatory criterion), whether the members' totals diverge by more than 10 points, and the mean points
 * per part and per criterion group.
 */
public record ProductScore(BigDecimal score, int stars, int starsBeforeCap, boolean divergent,
		List<MemberTotal> members, Map<String, BigDecimal> parts, Map<String, BigDecimal> groups,
		List<String> failedMandatory) {

	/** One member's total in the scoring that counts (the latest submitted round). */
	public record MemberTotal(String username, int total, int round) {
	}
}
