package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.criteria.Scorecard;

/**
 * The council's arithmetic (Decision 1048 and its successors): a member's total is the sum of the points of the
 * options picked; the product's score is the arithmetic mean of the members' totals, to two decimals; the stars
 * are the highest band the score reaches; members' totals more than {@value #DIVERGENCE} points apart are flagged;
 * a mandatory criterion failed by a majority (a 0-point option) keeps the product below the star level that
 * requires it.
 */
final class ScoreCalculator {

	/** Totals further apart than this are discussed and may be re-scored. */
	static final int DIVERGENCE = 10;

	private ScoreCalculator() {
	}

	/** A member's picks: criterion code → option code, with the round it belongs to. */
	record Picks(String username, int round, Map<String, Integer> selections) {
	}

	static int total(Scorecard scorecard, Map<String, Integer> selections) {
		int total = 0;
		for (var entry : selections.entrySet()) {
			total += scorecard.criterion(entry.getKey()).flatMap(c -> c.option(entry.getValue()))
					.map(Scorecard.Option::points).orElse(0);
		}
		return total;
	}

	static ProductScore score(Scorecard scorecard, List<Picks> members) {
		if (members.isEmpty()) {
			throw new IllegalArgumentException("No member scored the product");
		}
		List<ProductScore.MemberTotal> totals = new ArrayList<>();
		Map<String, Integer> partSums = new LinkedHashMap<>();
		Map<String, Integer> groupSums = new LinkedHashMap<>();
		scorecard.parts().forEach(p -> {
			partSums.put(p.code(), 0);
			p.groups().forEach(g -> groupSums.put(g.code(), 0));
		});
		int sum = 0;
		for (Picks picks : members) {
			int total = 0;
			for (Scorecard.Part part : scorecard.parts()) {
				for (Scorecard.Group group : part.groups()) {
					for (Scorecard.Criterion criterion : group.criteria()) {
						Integer option = picks.selections().get(criterion.code());
						int points = option == null ? 0 : criterion.option(option).map(Scorecard.Option::points).orElse(0);
						total += points;
						partSums.merge(part.code(), points, Integer::sum);
						groupSums.merge(group.code(), points, Integer::sum);
					}
				}
			}
			totals.add(new ProductScore.MemberTotal(picks.username(), total, picks.round()));
			sum += total;
		}
		int n = members.size();
		BigDecimal score = mean(sum, n);
		int stars = scorecard.starsFor(score);
		int max = totals.stream().mapToInt(ProductScore.MemberTotal::total).max().orElse(0);
		int min = totals.stream().mapToInt(ProductScore.MemberTotal::total).min().orElse(0);

		List<String> failed = new ArrayList<>();
		int cap = Integer.MAX_VALUE;
		for (Scorecard.Criterion criterion : scorecard.criteria().filter(Scorecard.Criterion::mandatory).toList()) {
			long zero = members.stream().filter(m -> {
				Integer option = m.selections().get(criterion.code());
				return option == null || criterion.option(option).map(o -> o.points() == 0).orElse(true);
			}).count();
			if (zero * 2 > n) {
				failed.add(criterion.code());
				int from = criterion.mandatoryFromStars() == null ? 3 : criterion.mandatoryFromStars();
				cap = Math.min(cap, from - 1);
			}
		}
		int capped = Math.max(1, Math.min(stars, cap));
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		partSums.forEach((code, s) -> parts.put(code, mean(s, n)));
		Map<String, BigDecimal> groups = new LinkedHashMap<>();
		groupSums.forEach((code, s) -> groups.put(code, mean(s, n)));
		return new ProductScore(score, capped, stars, max - min > DIVERGENCE, List.copyOf(totals), parts, groups,
				List.copyOf(failed));
	}

	static BigDecimal mean(int sum, int n) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
	}
}
