package vn.ocop.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.Stars;

/**
 * The official scorecard (bộ tiêu chí) of one product set under one regulation, in one version: parts A/B/C,
 * groups, criteria with graded options of fixed points, the star bands, the star-level minimums marked on options
 * ("*** / **** / *****"), and the dossier disqualifiers printed above it. Immutable; loaded from a file in the
 * {@code ocop-criteria/1} format.
 *
 * @param code the key of this version: the product set code for version 1 (e.g. {@code 1048-01}), then
 *        {@code 1048-01.v2}, {@code 1048-01.v3} …
 * @param regulationCode e.g. {@code 1048/QĐ-TTg}
 * @param name the product set's name
 * @param parts parts A, B, C
 * @param starBands star bands, highest first
 * @param productSetCode the product set it scores, e.g. {@code 1048-01}
 * @param version 1, 2, … within the product set
 * @param disqualifiers the sentences "Hồ sơ bị loại khi: …" printed above the scorecard (26/2026), checked before
 *        scoring
 * @param starRequirementLegend the legend of the star markers as printed, if any
 * @param source where the transcription comes from (repository, path, commit, remarks), as in the file
 */
public record Scorecard(String code, String regulationCode, String name, List<Part> parts, List<StarBand> starBands,
		String productSetCode, int version, List<String> disqualifiers, @Nullable String starRequirementLegend,
		Map<String, Object> source) {

	/** A version 1 scorecard without markers, disqualifiers or source. */
	public Scorecard(String code, String regulationCode, String name, List<Part> parts, List<StarBand> starBands) {
		this(code, regulationCode, name, parts, starBands, code, 1, List.of(), null, Map.of());
	}

	/** The key of a product set's scorecard version: the set code itself for version 1. */
	public static String key(String productSetCode, int version) {
		return version <= 1 ? productSetCode : productSetCode + ".v" + version;
	}

	public record Part(String code, String name, int maxPoints, List<Group> groups) {
	}

	public record Group(String code, String name, List<Criterion> criteria) {

		public int maxPoints() {
			return criteria.stream().mapToInt(Criterion::maxPoints).sum();
		}
	}

	/**
	 * A criterion; a member picks one option (or, for a tick-list criterion, possibly none).
	 *
	 * @param mandatory whether the criterion or one of its options carries a star marker
	 * @param minimumForStars the marker on the criterion heading itself (148: "Sở hữu trí tuệ****"): one of its
	 *        options must be met for that star level and above
	 * @param cases the "one of two cases" split of the options (e.g. enterprises vs household businesses), empty
	 *        when every option applies to every producer
	 */
	public record Criterion(String code, String name, @Nullable String note, boolean mandatory,
			@Nullable Integer minimumForStars, List<Case> cases, List<Option> options) {

		/** A criterion without cases; {@code minimumForStars} marks the criterion heading. */
		public Criterion(String code, String name, @Nullable String note, boolean mandatory,
				@Nullable Integer minimumForStars, List<Option> options) {
			this(code, name, note, mandatory, minimumForStars, List.of(), options);
		}

		public int maxPoints() {
			return options.stream().mapToInt(Option::points).max().orElse(0);
		}

		public Optional<Option> option(int code) {
			return options.stream().filter(o -> o.code() == code).findFirst();
		}

		/**
		 * Whether the official form is a tick-list: no option is worth 0 points, so a product that meets none of
		 * them is left unticked and gets 0 points.
		 */
		public boolean isTickList() {
			return options.stream().noneMatch(o -> o.points() == 0);
		}

		/** Whether the options split into "one of two cases". */
		public boolean hasCases() {
			return !cases.isEmpty();
		}

		/** The label of a case by its number, or an empty string. */
		public String caseLabel(int caseNumber) {
			return cases.stream().filter(c -> c.number() == caseNumber).map(Case::label).findFirst().orElse("");
		}

		/** The case an option belongs to, if the criterion has cases. */
		public Optional<Case> caseOf(int optionCode) {
			return cases.stream().filter(c -> c.optionCodes().contains(optionCode)).findFirst();
		}

		/** The options of one case (by its number), or every option when the criterion has no cases. */
		public List<Option> optionsOfCase(int caseNumber) {
			if (cases.isEmpty()) {
				return options;
			}
			return cases.stream().filter(c -> c.number() == caseNumber).findFirst()
					.map(c -> options.stream().filter(o -> c.optionCodes().contains(o.code())).toList()).orElse(List.of());
		}

		/** The star levels marked on this criterion or its options, lowest first. */
		public List<Integer> markedStarLevels() {
			return Stream.concat(Stream.ofNullable(minimumForStars),
					options.stream().map(Option::minimumForStars).filter(java.util.Objects::nonNull))
					.map(Integer.class::cast).distinct().sorted().toList();
		}

		/**
		 * The option that is the minimum for a product of {@code stars} stars: the option marked with the highest
		 * marker not above {@code stars}, or empty when no option marker applies.
		 */
		public Optional<Option> minimumOptionFor(int stars) {
			return options.stream().filter(o -> o.minimumForStars() != null && o.minimumForStars() <= stars)
					.max(Comparator.comparingInt((Option o) -> o.minimumForStars()).thenComparingInt(Option::points));
		}

		/**
		 * The fewest points the picked option must be worth for a product of {@code stars} stars, or empty when the
		 * criterion sets no minimum at that level. A marked criterion heading asks that one of its options be met,
		 * i.e. at least its lowest option above 0 points.
		 */
		public OptionalInt minimumPointsFor(int stars) {
			var option = minimumOptionFor(stars);
			if (option.isPresent()) {
				return OptionalInt.of(option.get().points());
			}
			if (minimumForStars != null && minimumForStars <= stars) {
				return options.stream().mapToInt(Option::points).filter(p -> p > 0).min();
			}
			return OptionalInt.empty();
		}

		/** Whether the picked option (null: none ticked) meets this criterion's minimum for {@code stars} stars. */
		public boolean meetsMinimumFor(int stars, @Nullable Integer pickedOption) {
			OptionalInt minimum = minimumPointsFor(stars);
			if (minimum.isEmpty()) {
				return true;
			}
			int points = pickedOption == null ? 0 : option(pickedOption).map(Option::points).orElse(0);
			return points >= minimum.getAsInt();
		}

		/**
		 * The lowest star level this criterion sets a minimum for (kept for the scoring that predates markers on
		 * options): the lowest marker, or 3 for a criterion declared mandatory without markers.
		 */
		public @Nullable Integer mandatoryFromStars() {
			List<Integer> levels = markedStarLevels();
			if (!levels.isEmpty()) {
				return levels.get(0);
			}
			return mandatory ? Integer.valueOf(3) : null;
		}
	}

	/**
	 * One option of a criterion.
	 *
	 * @param minimumForStars the star marker on the option (3, 4 or 5): the least a product must reach on this
	 *        criterion to be ranked that many stars
	 */
	public record Option(int code, String text, int points, @Nullable Integer minimumForStars) {

		public Option(int code, String text, int points) {
			this(code, text, points, null);
		}
	}

	/**
	 * One case of a "one of two cases" criterion (Lựa chọn một trong hai trường hợp): a member picks only among the
	 * options of the producer's case.
	 *
	 * @param number 1, 2
	 * @param label e.g. "Cộng đồng dịch vụ du lịch", or "household businesses"
	 * @param optionCodes the option codes of the case
	 */
	public record Case(int number, String label, List<Integer> optionCodes) {
	}

	public record StarBand(int stars, int minScore) {
	}

	public Stream<Criterion> criteria() {
		return parts.stream().flatMap(p -> p.groups().stream()).flatMap(g -> g.criteria().stream());
	}

	public Optional<Criterion> criterion(String code) {
		return criteria().filter(c -> c.code().equals(code)).findFirst();
	}

	public int maxPoints() {
		return parts.stream().mapToInt(Part::maxPoints).sum();
	}

	/** The criteria that carry a star marker on themselves or an option. */
	public List<Criterion> markedCriteria() {
		return criteria().filter(c -> !c.markedStarLevels().isEmpty()).toList();
	}

	/** Whether any criterion carries star markers (148 and 26/2026 scorecards do, 1048 ones do not). */
	public boolean hasStarMinimums() {
		return criteria().anyMatch(c -> !c.markedStarLevels().isEmpty());
	}

	/** The highest band whose minimum the score reaches. */
	public int starsFor(BigDecimal score) {
		return starBands.stream().sorted(Comparator.comparingInt(StarBand::minScore).reversed())
				.filter(b -> score.compareTo(BigDecimal.valueOf(b.minScore())) >= 0)
				.mapToInt(StarBand::stars).findFirst().orElse(Stars.MIN);
	}

	/** The minimum score of a star level, if the bands define it. */
	public Optional<Integer> minScoreFor(int stars) {
		return starBands.stream().filter(b -> b.stars() == stars).map(StarBand::minScore).findFirst();
	}

	/** The part and group a criterion belongs to. */
	public Optional<String[]> locate(String criterionCode) {
		for (Part part : parts) {
			for (Group group : part.groups()) {
				for (Criterion criterion : group.criteria()) {
					if (criterion.code().equals(criterionCode)) {
						return Optional.of(new String[] { part.code(), group.code() });
					}
				}
			}
		}
		return Optional.empty();
	}
}
