package vn.ocop.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
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
		for (String field : List.of("title", "date")) {
			String value = text(root.path("regulation"), field);
			if (value == null || value.isBlank()) {
				problems.add(new Problem(0, "criteria.scorecard.blank", "regulation." + field));
			}
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
		Set<String> partCodes = new HashSet<>();
		Set<String> groupCodes = new HashSet<>();
		for (int p = 0; p < partsNode.size(); p++) {
			JsonNode partNode = partsNode.get(p);
			String path = "parts[" + p + "]";
			String partCode = requireText(partNode, "code", path, problems);
			String partName = requireText(partNode, "name", path, problems);
			Integer maxPoints = integer(partNode, "maxPoints", path, problems);
			if (partCode != null && !partCodes.add(partCode)) {
				problems.add(new Problem(0, "criteria.scorecard.duplicatePart", partCode));
			}
			if (maxPoints != null && maxPoints < 0) {
				problems.add(new Problem(0, "criteria.scorecard.negativePoints", path + ".maxPoints"));
			}
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
				if (groupCode != null && !groupCodes.add(groupCode)) {
					problems.add(new Problem(0, "criteria.scorecard.duplicateGroup", groupCode));
				}
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
		List<String> disqualifiers = new ArrayList<>();
		JsonNode disqualifiersNode = root.path("disqualifiers");
		for (int d = 0; d < disqualifiersNode.size(); d++) {
			JsonNode value = disqualifiersNode.get(d);
			if (value == null || !value.isString() || value.asString().isBlank()) {
				problems.add(new Problem(0, "criteria.scorecard.blank", "disqualifiers[" + d + "]"));
			}
			else {
				disqualifiers.add(value.asString());
			}
		}
		int version = root.path("version").isIntegralNumber() && root.path("version").asInt() > 0
				? root.path("version").asInt() : 1;
		if (!problems.isEmpty()) {
			throw new ImportProblems(problems);
		}
		Map<String, Object> sourceInfo = root.path("source").isObject()
				? json.convertValue(root.path("source"), new TypeReference<Map<String, Object>>() { })
				: Map.of();
		return new Scorecard(Scorecard.key(setCode, version), regulationCode, setName, List.copyOf(parts),
				List.copyOf(bands), setCode, version, List.copyOf(disqualifiers), text(root, "starRequirementLegend"),
				sourceInfo);
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
		JsonNode mandatoryNode = node.get("mandatory");
		if (mandatoryNode != null && !mandatoryNode.isBoolean()) {
			problems.add(new Problem(0, "criteria.scorecard.mandatoryBoolean", String.valueOf(code)));
		}
		boolean mandatory = mandatoryNode != null && mandatoryNode.isBoolean() && mandatoryNode.asBoolean();
		Integer criterionStars = stars(node, path, String.valueOf(code), problems);
		boolean marked = node.has("minimumForStars");
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
			Integer optionStars = stars(option, optionPath, code + " / " + optionCode, problems);
			marked |= option.has("minimumForStars");
			if (optionCode != null && points != null) {
				options.add(new Scorecard.Option(optionCode, orEmpty(text), points, optionStars));
			}
		}
		if (marked && !mandatory) {
			problems.add(new Problem(0, "criteria.scorecard.markerNotMandatory", String.valueOf(code)));
		}
		List<Scorecard.Case> cases = cases(node, path, String.valueOf(code), optionCodes, problems);
		if (code == null || name == null) {
			return null;
		}
		return new Scorecard.Criterion(code, name, text(node, "note"), mandatory, criterionStars, cases, List.copyOf(options));
	}

	/** A star marker: absent, or 3, 4 or 5. */
	private static @Nullable Integer stars(JsonNode node, String path, String where, List<Problem> problems) {
		JsonNode value = node.get("minimumForStars");
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || value.asInt() < 3 || value.asInt() > 5) {
			problems.add(new Problem(0, "criteria.scorecard.minStars", where, path + ".minimumForStars"));
			return null;
		}
		return value.asInt();
	}

	/**
	 * The "one of two cases" split: the optional {@code cases} field ({@code [{"name": …, "options": [1, 2]}]}), or
	 * else what the criterion's note says ("phương án 1-3: Trường hợp 1: …; phương án 4-6: Trường hợp 2: …", "Options
	 * 1-2 apply to …; options 3-4 to …").
	 */
	private static List<Scorecard.Case> cases(JsonNode node, String path, String code, Set<Integer> optionCodes,
			List<Problem> problems) {
		JsonNode casesNode = node.get("cases");
		List<Scorecard.Case> cases = new ArrayList<>();
		if (casesNode != null && casesNode.isArray()) {
			Set<Integer> seen = new HashSet<>();
			for (int i = 0; i < casesNode.size(); i++) {
				JsonNode c = casesNode.get(i);
				String label = text(c, "name");
				List<Integer> codes = new ArrayList<>();
				for (JsonNode o : c.path("options")) {
					if (!o.isIntegralNumber() || !optionCodes.contains(o.asInt()) || !seen.add(o.asInt())) {
						problems.add(new Problem(0, "criteria.scorecard.caseOption", code, o.asString("?")));
					}
					else {
						codes.add(o.asInt());
					}
				}
				if (label == null || label.isBlank() || codes.isEmpty()) {
					problems.add(new Problem(0, "criteria.scorecard.blank", path + ".cases[" + i + "]"));
				}
				else {
					cases.add(new Scorecard.Case(i + 1, label, List.copyOf(codes)));
				}
			}
			return List.copyOf(cases);
		}
		String note = text(node, "note");
		if (note == null) {
			return List.of();
		}
		Matcher m = CASE_IN_NOTE.matcher(note);
		int number = 0;
		while (m.find()) {
			int from = Integer.parseInt(m.group(1));
			int to = Integer.parseInt(m.group(2));
			List<Integer> codes = new ArrayList<>();
			for (int o = from; o <= to; o++) {
				if (optionCodes.contains(o)) {
					codes.add(o);
				}
			}
			String label = m.group(3).trim();
			cases.add(new Scorecard.Case(++number, label, List.copyOf(codes)));
		}
		return cases.size() >= 2 ? List.copyOf(cases) : List.of();
	}

	/** "phương án 1-3: Trường hợp 1: label" or "Options 1-2 apply to label" / "options 3-4 to label". */
	private static final Pattern CASE_IN_NOTE = Pattern.compile(
			"(?iu)(?:phương án|options)\\s+(\\d+)\\s*[-–]\\s*(\\d+)\\s*(?::\\s*trường hợp\\s*\\d+\\s*:|apply to|to)\\s*([^;.]+)");

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
