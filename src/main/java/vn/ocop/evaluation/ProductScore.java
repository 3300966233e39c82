package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A product's result in one session: the mean of the members' totals (two decimals); the band it reaches
 * ({@code bandStars}); its stars, which are the band capped by the star minimums of the scorecard ("*** / **** /
 * *****"), judged on the council's agreed answer for every marked criterion; whether the members' latest totals
 * are further apart than the council's spread threshold; the mean points per part and per criterion group; and,
 * for the producer, the minimums that kept it from the next star.
 *
 * @param bandStars the star band the score alone reaches
 * @param members each member's total in the scoring that counts (their latest submitted round)
 * @param earlierRounds the members' earlier submitted rounds, kept when the council re-scored
 * @param agreedAnswers the council's answer on each criterion carrying a star marker, and where it comes from
 * @param cappedBy the minimums missed at the band's level and below that pulled the stars under the band
 * @param nextStarShortfalls the minimums missed at the next star level (empty at 5★, or if none is missed)
 * @param divergence how far apart the totals were and how the council settled it
 * @param disqualification why the dossier was disqualified before scoring, if it was
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductScore(@Nullable BigDecimal score, int stars, int bandStars, boolean divergent,
		List<MemberTotal> members, List<MemberTotal> earlierRounds, Map<String, BigDecimal> parts,
		Map<String, BigDecimal> groups, List<AgreedAnswer> agreedAnswers, List<Shortfall> cappedBy,
		List<Shortfall> nextStarShortfalls, @Nullable Divergence divergence, @Nullable String disqualification) {

	public ProductScore {
		members = members == null ? List.of() : List.copyOf(members);
		earlierRounds = earlierRounds == null ? List.of() : List.copyOf(earlierRounds);
		parts = parts == null ? Map.of() : parts;
		groups = groups == null ? Map.of() : groups;
		agreedAnswers = agreedAnswers == null ? List.of() : List.copyOf(agreedAnswers);
		cappedBy = cappedBy == null ? List.of() : List.copyOf(cappedBy);
		nextStarShortfalls = nextStarShortfalls == null ? List.of() : List.copyOf(nextStarShortfalls);
	}

	/** The result of a dossier disqualified before scoring: no score, no stars. */
	static ProductScore disqualified(String reason) {
		return new ProductScore(null, 0, 0, false, List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(),
				List.of(), null, reason);
	}

	/** Whether the star minimums kept the product below the band its score reaches. */
	public boolean capped() {
		return stars < bandStars;
	}

	public boolean isDisqualified() {
		return disqualification != null;
	}

	/** One member's total in one round. */
	public record MemberTotal(String username, int total, int round) {
	}

	/**
	 * The council's answer on a criterion that carries a star marker.
	 *
	 * @param option the option code, or {@code null} when nothing is ticked on a tick-list criterion (0 points)
	 * @param source {@code UNANIMOUS}, {@code MAJORITY} (more than half of the members who scored gave it) or
	 *        {@code CHAIR} (recorded by the chair as the council's agreed answer)
	 * @param memberOptions what each member picked (username → option, null for nothing ticked)
	 */
	public record AgreedAnswer(String criterion, @Nullable Integer option, int points, Source source,
			Map<String, @Nullable Integer> memberOptions) {

		public enum Source {
			UNANIMOUS, MAJORITY, CHAIR
		}
	}

	/**
	 * A star minimum not met: on {@code criterion}, a product of {@code stars} stars needs at least the option
	 * {@code requiredOption} ({@code requiredPoints} points); the council's answer was {@code agreedOption}.
	 */
	public record Shortfall(int stars, String criterion, String criterionName, @Nullable Integer agreedOption,
			int agreedPoints, @Nullable Integer requiredOption, int requiredPoints, @Nullable String requiredText) {
	}

	/**
	 * The spread of the members' totals: in the first round and in the rounds that count; the rounds held; and
	 * how a spread above the threshold was settled ({@code RESCORING} or {@code CHAIR}, with the chair's record).
	 */
	public record Divergence(int threshold, int firstSpread, int finalSpread, int rounds, @Nullable String settledBy,
			@Nullable String chairRecord) {

		public boolean firstDivergent() {
			return firstSpread > threshold;
		}
	}
}
