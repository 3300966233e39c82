package vn.ocop.criteria;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * What the rules of the {@code ocop-criteria/1} format (and the product set's place in its regulation) say about a
 * scorecard document, complete or not: every problem at once, and the points of each part as typed so far.
 *
 * @param problems every broken rule, none when the document may be published
 * @param parts each part's declared maximum beside the sum of its criteria's highest options
 * @param locations for each problem, where it is: the path of its criterion, group or part as the editor names its
 *        fields ({@code parts[0].groups[1].criteria[2]}), or "" for the document as a whole
 */
public record ScorecardCheck(List<Problem> problems, List<PartTotal> parts, List<String> locations) {

	public ScorecardCheck {
		if (locations.size() != problems.size()) {
			throw new IllegalArgumentException("one location per problem");
		}
		problems = List.copyOf(problems);
		parts = List.copyOf(parts);
		locations = List.copyOf(locations);
	}

	/** Problems of the document as a whole. */
	public ScorecardCheck(List<Problem> problems, List<PartTotal> parts) {
		this(problems, parts, java.util.Collections.nCopies(problems.size(), ""));
	}

	/** Where the problem at this index of {@link #problems()} is ("" for the document). */
	public String location(int index) {
		return locations.get(index);
	}

	public boolean publishable() {
		return problems.isEmpty();
	}

	/** The parts' declared maxima added up (100 in a valid scorecard). */
	public int declaredTotal() {
		return parts.stream().mapToInt(p -> p.maxPoints() == null ? 0 : p.maxPoints()).sum();
	}

	/** The criteria's highest options added up over every part. */
	public int criteriaTotal() {
		return parts.stream().mapToInt(PartTotal::criteriaPoints).sum();
	}

	/**
	 * One part as typed.
	 *
	 * @param maxPoints the declared maximum, if it is a whole number
	 * @param criteriaPoints the sum over its criteria of the highest option's points
	 * @param criteria how many criteria it has
	 */
	public record PartTotal(String code, String name, @Nullable Integer maxPoints, int criteriaPoints, int criteria) {

		/** Whether the criteria add up to the declared maximum. */
		public boolean balanced() {
			return maxPoints != null && maxPoints == criteriaPoints;
		}
	}
}
