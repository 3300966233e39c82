package vn.ocop.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.ocop.criteria.Scorecard;

/**
 * A member's picks added up the way the scorecard is laid out: the total and the points per part and per group.
 */
record ScoringSheet(int total, int maxPoints, Map<String, Integer> parts, Map<String, Integer> groups) {

	static ScoringSheet of(Scorecard scorecard, Map<String, Integer> selections) {
		Map<String, Integer> parts = new LinkedHashMap<>();
		Map<String, Integer> groups = new LinkedHashMap<>();
		int total = 0;
		for (Scorecard.Part part : scorecard.parts()) {
			int partPoints = 0;
			for (Scorecard.Group group : part.groups()) {
				int groupPoints = 0;
				for (Scorecard.Criterion criterion : group.criteria()) {
					Integer picked = selections.get(criterion.code());
					if (picked != null) {
						groupPoints += criterion.option(picked).map(Scorecard.Option::points).orElse(0);
					}
				}
				groups.put(group.code(), groupPoints);
				partPoints += groupPoints;
			}
			parts.put(part.code(), partPoints);
			total += partPoints;
		}
		return new ScoringSheet(total, scorecard.maxPoints(), parts, groups);
	}
}
