package vn.ocop.criteria;

import static vn.ocop.criteria.ScorecardFields.DOCUMENT;
import static vn.ocop.criteria.ScorecardFields.firstLine;
import static vn.ocop.criteria.ScorecardFields.integer;
import static vn.ocop.criteria.ScorecardFields.label;
import static vn.ocop.criteria.ScorecardFields.orEmpty;
import static vn.ocop.criteria.ScorecardFields.requireText;
import static vn.ocop.criteria.ScorecardFields.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.ScorecardFields.Findings;
import vn.ocop.criteria.ScorecardFields.Where;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * Reads a scorecard file in the {@code ocop-criteria/1} format and checks every rule of the format, reporting
 * all problems at once (each with the JSON path where it was found) instead of stopping at the first.
 */
class ScorecardParser {

	static final String FORMAT = "ocop-criteria/1";

	private final JsonMapper json = JsonMapper.builder().build();
	private final Function<String, @Nullable Regulation> regulations;

	ScorecardParser(Function<String, @Nullable Regulation> regulations) {
		this.regulations = regulations;
	}

	/**
	 * The scorecard, or {@link LocatedProblems} listing every broken rule, each with the part, group or criterion it
	 * was found in.
	 */
	Scorecard parse(String source) {
		Findings problems = new Findings();
		JsonNode root;
		try {
			root = json.readTree(source);
		}
		catch (JacksonException e) {
			throw new ImportProblems(List.of(new Problem(0, "criteria.scorecard.notJson", firstLine(e.getOriginalMessage()))));
		}
		if (root == null || !root.isObject()) {
			throw new ImportProblems(List.of(new Problem(0, "criteria.scorecard.notJson", "—")));
		}
		if (!FORMAT.equals(text(root, "format"))) {
			problems.add(new Problem(0, "criteria.scorecard.format", FORMAT, String.valueOf(text(root, "format"))));
		}
		String regulationCode = text(root.path("regulation"), "code");
		Regulation regulation = regulationCode == null ? null : regulations.apply(regulationCode);
		if (regulation == null) {
			problems.add(new Problem(0, "criteria.scorecard.regulation", String.valueOf(regulationCode)));
		}
		for (String field : List.of("title", "date")) {
			String value = text(root.path("regulation"), field);
			if (value == null || value.isBlank()) {
				problems.add(new Problem(0, "criteria.scorecard.blank", DOCUMENT.at("regulation." + field)));
			}
		}
		String setCode = text(root.path("productSet"), "code");
		String setName = text(root.path("productSet"), "name");
		if (setCode == null || setCode.isBlank() || !setCode.matches("[A-Za-z0-9._-]{1,32}")) {
			problems.add(new Problem(0, "criteria.scorecard.productSetCode", String.valueOf(setCode)));
		}
		if (setName == null || setName.isBlank()) {
			problems.add(new Problem(0, "criteria.scorecard.blank", DOCUMENT.at("productSet.name")));
		}

		List<Scorecard.Part> parts = new ArrayList<>();
		Set<String> criterionCodes = new HashSet<>();
		JsonNode partsNode = root.path("parts");
		if (!partsNode.isArray() || partsNode.isEmpty()) {
			problems.add(new Problem(0, "criteria.scorecard.missing", DOCUMENT.at("parts")));
		}
		int total = 0;
		Set<String> partCodes = new HashSet<>();
		Set<String> groupCodes = new HashSet<>();
		for (int p = 0; p < partsNode.size(); p++) {
			JsonNode partNode = partsNode.get(p);
			String path = "parts[" + p + "]";
			Where where = new Where("part", path, label(partNode, p));
			problems.at = path;
			String partCode = requireText(partNode, "code", where, problems);
			String partName = requireText(partNode, "name", where, problems);
			Integer maxPoints = integer(partNode, "maxPoints", where, problems);
			if (partCode != null && !partCodes.add(partCode)) {
				problems.add(new Problem(0, "criteria.scorecard.duplicatePart", partCode));
			}
			if (maxPoints != null && maxPoints < 0) {
				problems.add(new Problem(0, "criteria.scorecard.negativePoints", where.at("maxPoints")));
			}
			List<Scorecard.Group> groups = new ArrayList<>();
			JsonNode groupsNode = partNode.path("groups");
			if (!groupsNode.isArray() || groupsNode.isEmpty()) {
				problems.add(new Problem(0, "criteria.scorecard.missing", where.at("groups")));
			}
			int partSum = 0;
			for (int g = 0; g < groupsNode.size(); g++) {
				JsonNode groupNode = groupsNode.get(g);
				String groupPath = path + ".groups[" + g + "]";
				Where groupWhere = new Where("group", groupPath, where.labels[0], label(groupNode, g));
				problems.at = groupPath;
				String groupCode = requireText(groupNode, "code", groupWhere, problems);
				String groupName = requireText(groupNode, "name", groupWhere, problems);
				if (groupCode != null && !groupCodes.add(groupCode)) {
					problems.add(new Problem(0, "criteria.scorecard.duplicateGroup", groupCode));
				}
				List<Scorecard.Criterion> criteria = new ArrayList<>();
				JsonNode criteriaNode = groupNode.path("criteria");
				if (!criteriaNode.isArray() || criteriaNode.isEmpty()) {
					problems.add(new Problem(0, "criteria.scorecard.missing", groupWhere.at("criteria")));
				}
				for (int c = 0; c < criteriaNode.size(); c++) {
					problems.at = groupPath + ".criteria[" + c + "]";
					var criterion = CriterionReader.criterion(criteriaNode.get(c), new Where("criterion", groupPath + ".criteria[" + c + "]",
							groupWhere.labels[1], label(criteriaNode.get(c), c)), criterionCodes, problems);
					problems.at = groupPath;
					if (criterion != null) {
						criteria.add(criterion);
						partSum += criterion.maxPoints();
					}
				}
				groups.add(new Scorecard.Group(orEmpty(groupCode), orEmpty(groupName), List.copyOf(criteria)));
				problems.at = path;
			}
			if (maxPoints != null) {
				if (partSum != maxPoints) {
					problems.add(new Problem(0, "criteria.scorecard.partSum", orEmpty(partCode), maxPoints, partSum));
				}
				if (regulation != null && partCode != null && regulation.partMaxPoints().containsKey(partCode)
						&& !regulation.partMaxPoints().get(partCode).equals(maxPoints)) {
					problems.add(new Problem(0, "criteria.scorecard.partRegulation", partCode, maxPoints,
							regulation.code(), regulation.partMaxPoints().get(partCode)));
				}
				total += maxPoints;
			}
			parts.add(new Scorecard.Part(orEmpty(partCode), orEmpty(partName), maxPoints == null ? 0 : maxPoints, List.copyOf(groups)));
			problems.at = "";
		}
		if (partsNode.isArray() && !partsNode.isEmpty() && total != 100) {
			problems.add(new Problem(0, "criteria.scorecard.total", total));
		}

		List<Scorecard.StarBand> bands = new ArrayList<>();
		JsonNode bandsNode = root.path("starBands");
		if (!bandsNode.isArray() || bandsNode.isEmpty()) {
			problems.add(new Problem(0, "criteria.scorecard.missing", DOCUMENT.at("starBands")));
		}
		for (int b = 0; b < bandsNode.size(); b++) {
			String path = "starBands[" + b + "]";
			Where where = new Where("band", path, String.valueOf(b + 1));
			Integer stars = integer(bandsNode.get(b), "stars", where, problems);
			Integer minScore = integer(bandsNode.get(b), "minScore", where, problems);
			if (stars != null && minScore != null) {
				if (!bands.isEmpty()) {
					var previous = bands.get(bands.size() - 1);
					if (stars >= previous.stars() || minScore >= previous.minScore()) {
						problems.add(new Problem(0, "criteria.scorecard.bandsOrder", String.valueOf(b + 1)));
					}
				}
				bands.add(new Scorecard.StarBand(stars, minScore));
			}
		}
		if (!bands.isEmpty() && bands.get(bands.size() - 1).minScore() != 0) {
			problems.add(new Problem(0, "criteria.scorecard.bandsStart"));
		}
		List<String> disqualifiers = new ArrayList<>();
		JsonNode disqualifiersNode = root.path("disqualifiers");
		for (int d = 0; d < disqualifiersNode.size(); d++) {
			JsonNode value = disqualifiersNode.get(d);
			if (value == null || !value.isString() || value.asString().isBlank()) {
				problems.add(new Problem(0, "criteria.scorecard.blank",
						new Where("document", "disqualifiers[" + d + "]", String.valueOf(d + 1)).at("disqualifier")));
			}
			else {
				disqualifiers.add(value.asString());
			}
		}
		int version = root.path("version").isIntegralNumber() && root.path("version").asInt() > 0
				? root.path("version").asInt() : 1;
		if (!problems.isEmpty()) {
			throw new LocatedProblems(problems, problems.locations);
		}
		Map<String, Object> sourceInfo = root.path("source").isObject()
				? json.convertValue(root.path("source"), new TypeReference<Map<String, Object>>() { })
				: Map.of();
		return new Scorecard(Scorecard.key(setCode, version), regulationCode, setName, List.copyOf(parts),
				List.copyOf(bands), setCode, version, List.copyOf(disqualifiers), text(root, "starRequirementLegend"),
				sourceInfo);
	}

	/**
	 * A scorecard refused with every problem, and for each where in the document it is: the path of its criterion,
	 * group or part as the editor names its fields ({@code parts[0].groups[1].criteria[2]}), or "" for the document.
	 */
	static final class LocatedProblems extends ImportProblems {

		private final List<String> locations;

		LocatedProblems(List<Problem> problems, List<String> locations) {
			super(problems);
			this.locations = List.copyOf(locations);
		}

		List<String> locations() {
			return locations;
		}
	}
}
