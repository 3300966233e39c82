package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.Stars;

/**
 * The council's arithmetic, as the scorecards print it:
 * <ul>
 * <li>a member's total is the sum of the points of the options picked; a tick-list criterion (no 0-point option)
 * left unticked counts 0;</li>
 * <li>the product's score is the arithmetic mean of the members' totals, to two decimals (26/2026 Điều 3.3: "tổng
 * điểm trung bình"); the band is the highest whose minimum the score reaches (half-open bands);</li>
 * <li>the stars are the band capped by the star minimums ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ
 * sao"): a product is N stars only if, on every criterion carrying a marker, the council's answer reaches the
 * option marked for N or lower;</li>
 * <li>the council's answer on a marked criterion is the one the chair recorded as agreed; failing that, the one
 * every member gave, or that more than half of the members who scored gave; otherwise the chair must record it
 * before the session closes ({@link #undecided}).</li>
 * </ul>
 */
final class ScoreCalculator {

	/** The national default spread: totals further apart than this are discussed (and may be re-scored). */
	static final int DIVERGENCE = 10;

	private ScoreCalculator() {
	}

	/** A member's picks: criterion code → option code (an unticked criterion is absent), with its round. */
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

	/** The score with the national default spread and no answer recorded by the chair. */
	static ProductScore score(Scorecard scorecard, List<Picks> members) {
		return score(scorecard, members, Map.of(), DIVERGENCE);
	}

	/**
	 * The product's result.
	 *
	 * @param chairAnswers the answers the chair recorded as the council's on marked criteria (criterion → option,
	 *        {@code 0} for nothing ticked)
	 * @throws IllegalStateException if a marked criterion has no agreed answer ({@link #undecided})
	 */
	static ProductScore score(Scorecard scorecard, List<Picks> members, Map<String, Integer> chairAnswers, int threshold) {
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
						int points = points(criterion, picks.selections().get(criterion.code()));
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
		int band = scorecard.starsFor(score);

		List<ProductScore.AgreedAnswer> agreed = new ArrayList<>();
		for (Scorecard.Criterion criterion : scorecard.markedCriteria()) {
			agreed.add(agreedAnswer(criterion, members, chairAnswers)
					.orElseThrow(() -> new IllegalStateException("No agreed answer on " + criterion.code())));
		}
		int stars = band;
		while (stars >= Stars.CERTIFIABLE && !shortfalls(scorecard, agreed, stars).isEmpty()) {
			stars--;
		}
		List<ProductScore.Shortfall> cappedBy = stars < band ? shortfalls(scorecard, agreed, stars + 1) : List.of();
		List<ProductScore.Shortfall> next = stars + 1 >= Stars.CERTIFIABLE && stars < Stars.MAX
				? shortfalls(scorecard, agreed, stars + 1) : List.of();
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		partSums.forEach((code, s) -> parts.put(code, mean(s, n)));
		Map<String, BigDecimal> groups = new LinkedHashMap<>();
		groupSums.forEach((code, s) -> groups.put(code, mean(s, n)));
		int spread = spread(totals);
		return new ProductScore(score, Math.max(1, stars), band, spread > threshold, List.copyOf(totals), List.of(), parts,
				groups, List.copyOf(agreed), cappedBy, next, null, null);
	}

	/** The marked criteria on which the council has no agreed answer yet (members differ, no majority, no chair). */
	static List<String> undecided(Scorecard scorecard, List<Picks> members, Map<String, Integer> chairAnswers) {
		if (members.isEmpty()) {
			return List.of();
		}
		return scorecard.markedCriteria().stream()
				.filter(c -> agreedAnswer(c, members, chairAnswers).isEmpty()).map(Scorecard.Criterion::code).toList();
	}

	/** The marked criteria on which members picked different options. */
	static List<String> differing(Scorecard scorecard, List<Picks> members) {
		return scorecard.markedCriteria().stream()
				.filter(c -> members.stream().map(m -> m.selections().get(c.code())).distinct().count() > 1)
				.map(Scorecard.Criterion::code).toList();
	}

	static Optional<ProductScore.AgreedAnswer> agreedAnswer(Scorecard.Criterion criterion, List<Picks> members,
			Map<String, Integer> chairAnswers) {
		Map<String, @Nullable Integer> given = new LinkedHashMap<>();
		members.forEach(m -> given.put(m.username(), m.selections().get(criterion.code())));
		Integer recorded = chairAnswers.get(criterion.code());
		if (recorded != null) {
			Integer option = recorded == 0 ? null : recorded;
			return Optional.of(new ProductScore.AgreedAnswer(criterion.code(), option, points(criterion, option),
					ProductScore.AgreedAnswer.Source.CHAIR, given));
		}
		Map<Optional<Integer>, Integer> counts = new HashMap<>();
		given.values().forEach(o -> counts.merge(Optional.ofNullable(o), 1, Integer::sum));
		for (var entry : counts.entrySet()) {
			if (entry.getValue() * 2 > members.size()) {
				Integer option = entry.getKey().orElse(null);
				var source = entry.getValue() == members.size() ? ProductScore.AgreedAnswer.Source.UNANIMOUS
						: ProductScore.AgreedAnswer.Source.MAJORITY;
				return Optional.of(new ProductScore.AgreedAnswer(criterion.code(), option, points(criterion, option),
						source, given));
			}
		}
		return Optional.empty();
	}

	/** The marked criteria whose agreed answer misses the minimum for {@code stars} stars. */
	static List<ProductScore.Shortfall> shortfalls(Scorecard scorecard, List<ProductScore.AgreedAnswer> agreed, int stars) {
		List<ProductScore.Shortfall> missed = new ArrayList<>();
		for (ProductScore.AgreedAnswer answer : agreed) {
			Scorecard.Criterion criterion = scorecard.criterion(answer.criterion()).orElseThrow();
			if (!criterion.meetsMinimumFor(stars, answer.option())) {
				var required = criterion.minimumOptionFor(stars);
				int requiredPoints = criterion.minimumPointsFor(stars).orElse(0);
				missed.add(new ProductScore.Shortfall(stars, criterion.code(), criterion.name(), answer.option(),
						answer.points(), required.map(Scorecard.Option::code).orElse(null), requiredPoints,
						required.map(Scorecard.Option::text).orElse(null)));
			}
		}
		return missed;
	}

	static int spread(List<ProductScore.MemberTotal> totals) {
		int max = totals.stream().mapToInt(ProductScore.MemberTotal::total).max().orElse(0);
		int min = totals.stream().mapToInt(ProductScore.MemberTotal::total).min().orElse(0);
		return max - min;
	}

	private static int points(Scorecard.Criterion criterion, @Nullable Integer option) {
		return option == null ? 0 : criterion.option(option).map(Scorecard.Option::points).orElse(0);
	}

	static BigDecimal mean(int sum, int n) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
	}
}
