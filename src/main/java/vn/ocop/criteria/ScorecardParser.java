package vn.ocop.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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

	/** The scorecard, or {@link ImportProblems} listing every broken rule. */
	Scorecard parse(String source) {
		List<Problem> problems = new ArrayList<>();
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
		String setCode = text(root.path("productSet"), "code");
		String setName = text(root.path("productSet"), "name");
		if (setCode == null || setCode.isBlank() || !setCode.matches("[A-Za-z0-9._-]{1,32}")) {
			problems.add(new Problem(0, "criteria.scorecard.productSetCode", String.valueOf(setCode)));
		}
		if (setName == null || setName.isBlank()) {
			problems.add(new Problem(0, "criteria.scorecard.blank", "productSet.name"));
		}

		List<Scorecard.Part> parts = new ArrayList<>();
		Set<String> criterionCodes = new HashSet<>();
		JsonNode partsNode = root.path("parts");
		if (!partsNode.isArray() || partsNode.isEmpty()) {
			problems.add(new Problem(0, "criteria.scorecard.missing", "parts"));
		}
		int total = 0;
		for (int p = 0; p < partsNode.size(); p++) {
			JsonNode partNode = partsNode.get(p);
			String path = "parts[" + p + "]";
			String partCode = requireText(partNode, "code", path, problems);
			String partName = requireText(partNode, "name", path, problems);
			Integer maxPoints = integer(partNode, "maxPoints", path, problems);
			List<Scorecard.Group> groups = new ArrayList<>();
			JsonNode groupsNode = partNode.path("groups");
			if (!groupsNode.isArray() || groupsNode.isEmpty()) {
				problems.add(new Problem(0, "criteria.scorecard.missing", path + ".groups"));
			}
			int partSum = 0;
			for (int g = 0; g < groupsNode.size(); g++) {
				JsonNode groupNode = groupsNode.get(g);
				String groupPath = path + ".groups[" + g + "]";
				String groupCode = requireText(groupNode, "code", groupPath, problems);
				String groupName = requireText(groupNode, "name", groupPath, problems);
				List<Scorecard.Criterion> criteria = new ArrayList<>();
				JsonNode criteriaNode = groupNode.path("criteria");
				if (!criteriaNode.isArray() || criteriaNode.isEmpty()) {
					problems.add(new Problem(0, "criteria.scorecard.missing", groupPath + ".criteria"));
				}
				for (int c = 0; c < criteriaNode.size(); c++) {
					var criterion = criterion(criteriaNode.get(c), groupPath + ".criteria[" + c + "]", criterionCodes, problems);
					if (criterion != null) {
						criteria.add(criterion);
						partSum += criterion.maxPoints();
					}
				}
				groups.add(new Scorecard.Group(orEmpty(groupCode), orEmpty(groupName), List.copyOf(criteria)));
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
		}
		if (partsNode.isArray() && !partsNode.isEmpty() && total != 100) {
			problems.add(new Problem(0, "criteria.scorecard.total", total));
		}

		List<Scorecard.StarBand> bands = new ArrayList<>();
		JsonNode bandsNode = root.path("starBands");
		if (!bandsNode.isArray() || bandsNode.isEmpty()) {
			problems.add(new Problem(0, "criteria.scorecard.missing", "starBands"));
		}
		for (int b = 0; b < bandsNode.size(); b++) {
			String path = "starBands[" + b + "]";
			Integer stars = integer(bandsNode.get(b), "stars", path, problems);
			Integer minScore = integer(bandsNode.get(b), "minScore", path, problems);
			if (stars != null && minScore != null) {
				if (!bands.isEmpty()) {
					var previous = bands.get(bands.size() - 1);
					if (stars >= previous.stars() || minScore >= previous.minScore()) {
						problems.add(new Problem(0, "criteria.scorecard.bandsOrder", path));
					}
				}
				bands.add(new Scorecard.StarBand(stars, minScore));
			}
		}
		if (!bands.isEmpty() && bands.get(bands.size() - 1).minScore() != 0) {
			problems.add(new Problem(0, "criteria.scorecard.bandsStart"));
		}
		if (!problems.isEmpty()) {
			throw new ImportProblems(problems);
		}
		return new Scorecard(setCode, regulationCode, setName, List.copyOf(parts), List.copyOf(bands));
	}

	private Scorecard.@Nullable Criterion criterion(JsonNode node, String path, Set<String> codes, List<Problem> problems) {
		String code = requireText(node, "code", path, problems);
		String name = requireText(node, "name", path, problems);
		if (code != null && !codes.add(code)) {
			problems.add(new Problem(0, "criteria.scorecard.duplicateCriterion", code));
		}
		List<Scorecard.Option> options = new ArrayList<>();
		JsonNode optionsNode = node.path("options");
		if (!optionsNode.isArray() || optionsNode.isEmpty()) {
			problems.add(new Problem(0, "criteria.scorecard.noOptions", String.valueOf(code)));
		}
		Set<Integer> optionCodes = new HashSet<>();
		for (int o = 0; o < optionsNode.size(); o++) {
			JsonNode option = optionsNode.get(o);
			String optionPath = path + ".options[" + o + "]";
			Integer optionCode = integer(option, "code", optionPath, problems);
			Integer points = integer(option, "points", optionPath, problems);
			String text = requireText(option, "text", optionPath, problems);
			if (optionCode != null && !optionCodes.add(optionCode)) {
				problems.add(new Problem(0, "criteria.scorecard.duplicateOption", optionCode, String.valueOf(code)));
			}
			if (points != null && points < 0) {
				problems.add(new Problem(0, "criteria.scorecard.negativePoints", optionPath));
			}
			if (optionCode != null && points != null) {
				options.add(new Scorecard.Option(optionCode, orEmpty(text), points));
			}
		}
		boolean mandatory = node.path("mandatory").asBoolean(false);
		Integer fromStars = node.hasNonNull("mandatoryFromStars") ? node.path("mandatoryFromStars").asInt() : null;
		if (code == null || name == null) {
			return null;
		}
		return new Scorecard.Criterion(code, name, text(node, "note"), mandatory, mandatory && fromStars == null ? Integer.valueOf(3) : fromStars,
				List.copyOf(options));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() || !value.isString() ? null : value.asString();
	}

	private static @Nullable String requireText(JsonNode node, String field, String path, List<Problem> problems) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			problems.add(new Problem(0, "criteria.scorecard.blank", path + "." + field));
			return null;
		}
		return value;
	}

	private static @Nullable Integer integer(JsonNode node, String field, String path, List<Problem> problems) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isIntegralNumber()) {
			problems.add(new Problem(0, "criteria.scorecard.integer", path + "." + field));
			return null;
		}
		return value.asInt();
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
