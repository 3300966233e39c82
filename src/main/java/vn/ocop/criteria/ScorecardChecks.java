package vn.ocop.criteria;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * What is wrong with a scorecard document as written, and its part totals: what the editor shows beside each field
 * on every change and what {@link ScorecardAuthoring#publish} requires to be nothing.
 */
@Component
class ScorecardChecks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CriteriaCatalog catalog;

	ScorecardChecks(CriteriaCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Every problem of a document, and its part totals: the rules of {@code ocop-criteria/1} (those of
	 * {@code validate.py}, plus the regulation's part maxima), the product set known in the regulation's taxonomy,
	 * and, for a draft, the set of the draft.
	 */
	ScorecardCheck check(String document, @Nullable String productSetCode) {
		JsonNode doc;
		try {
			doc = JSON.readTree(document);
		}
		catch (JacksonException e) {
			doc = null;
		}
		List<Problem> problems = new ArrayList<>();
		List<String> locations = new ArrayList<>();
		try {
			catalog.parser().parse(document);
		}
		catch (ScorecardParser.LocatedProblems e) {
			problems.addAll(e.problems());
			locations.addAll(e.locations());
		}
		catch (ImportProblems e) {
			problems.addAll(e.problems());
			e.problems().forEach(p -> locations.add(""));
		}
		if (doc == null || !doc.isObject()) {
			return new ScorecardCheck(problems, List.of(), locations);
		}
		int parsed = problems.size();
		String setCode = doc.path("productSet").path("code").asString("");
		String regulation = doc.path("regulation").path("code").asString("");
		if (productSetCode != null && !productSetCode.equals(setCode)) {
			problems.add(new Problem(0, "criteria.draft.otherSet", setCode, productSetCode));
		}
		else if (!setCode.isBlank()) {
			var set = catalog.productSet(setCode);
			if (set.isEmpty()) {
				problems.add(new Problem(0, "criteria.draft.unknownSet", setCode));
			}
			else if (!set.get().regulationCode().equals(regulation)) {
				problems.add(new Problem(0, "criteria.scorecard.productSetRegulation", setCode,
						set.get().regulationCode()));
			}
		}
		for (int i = parsed; i < problems.size(); i++) {
			locations.add("");
		}
		return new ScorecardCheck(problems, partTotals(doc), locations);
	}

	/** Each part's declared maximum and its criteria's highest options as typed, whatever else is wrong. */
	static List<ScorecardCheck.PartTotal> partTotals(JsonNode doc) {
		List<ScorecardCheck.PartTotal> totals = new ArrayList<>();
		for (JsonNode part : doc.path("parts")) {
			int sum = 0;
			int count = 0;
			for (JsonNode group : part.path("groups")) {
				for (JsonNode criterion : group.path("criteria")) {
					count++;
					int max = 0;
					for (JsonNode option : criterion.path("options")) {
						if (option.path("points").isIntegralNumber()) {
							max = Math.max(max, option.path("points").asInt());
						}
					}
					sum += max;
				}
			}
			JsonNode declared = part.path("maxPoints");
			totals.add(new ScorecardCheck.PartTotal(part.path("code").asString(""), part.path("name").asString(""),
					declared.isIntegralNumber() ? Integer.valueOf(declared.asInt()) : null, sum, count));
		}
		return totals;
	}
}
