package vn.ocop.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The official scorecard (bộ tiêu chí) of one product set under one regulation: parts A/B/C, groups, criteria
 * with graded options of fixed points, and the star bands. Immutable; loaded from a file in the
 * {@code ocop-criteria/1} format.
 *
 * @param code the product set code, e.g. {@code 1048-01} (unique per regulation)
 * @param regulationCode e.g. {@code 1048/QĐ-TTg}
 * @param name the product set's name
 * @param parts parts A, B, C
 * @param starBands star bands, highest first
 */
public record Scorecard(String code, String regulationCode, String name, List<Part> parts, List<StarBand> starBands) {

	public record Part(String code, String name, int maxPoints, List<Group> groups) {
	}

	public record Group(String code, String name, List<Criterion> criteria) {

		public int maxPoints() {
			return criteria.stream().mapToInt(Criterion::maxPoints).sum();
		}
	}

	/**
	 * A criterion; a member picks exactly one option.
	 *
	 * @param mandatory whether failing it (a majority picking a 0-point option) keeps the product from
	 *        {@code mandatoryFromStars} stars and above (Decision 148 marks such criteria with an asterisk)
	 */
	public record Criterion(String code, String name, @Nullable String note, boolean mandatory,
			@Nullable Integer mandatoryFromStars, List<Option> options) {

		public int maxPoints() {
			return options.stream().mapToInt(Option::points).max().orElse(0);
		}

		public Optional<Option> option(int code) {
			return options.stream().filter(o -> o.code() == code).findFirst();
		}
	}

	public record Option(int code, String text, int points) {
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

	/** The highest band whose minimum the score reaches. */
	public int starsFor(BigDecimal score) {
		return starBands.stream().sorted(Comparator.comparingInt(StarBand::minScore).reversed())
				.filter(b -> score.compareTo(BigDecimal.valueOf(b.minScore())) >= 0)
				.mapToInt(StarBand::stars).findFirst().orElse(1);
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
