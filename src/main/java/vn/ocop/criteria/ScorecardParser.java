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
					var criterion = criterion(criteriaNode.get(c), new Where("criterion", groupPath + ".criteria[" + c + "]",
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

	private Scorecard.@Nullable Criterion criterion(JsonNode node, Where where, Set<String> codes, List<Problem> problems) {
		String path = where.path;
		String code = requireText(node, "code", where, problems);
		String name = requireText(node, "name", where, problems);
		if (code != null && !codes.add(code)) {
			problems.add(new Problem(0, "criteria.scorecard.duplicateCriterion", code));
		}
		List<Scorecard.Option> options = new ArrayList<>();
		JsonNode optionsNode = node.path("options");
		if (!optionsNode.isArray() || optionsNode.isEmpty()) {
			problems.add(new Problem(0, "criteria.scorecard.noOptions", where.labels[1]));
		}
		Set<Integer> optionCodes = new HashSet<>();
		JsonNode mandatoryNode = node.get("mandatory");
		if (mandatoryNode != null && !mandatoryNode.isBoolean()) {
			problems.add(new Problem(0, "criteria.scorecard.mandatoryBoolean", where.labels[1]));
		}
		boolean mandatory = mandatoryNode != null && mandatoryNode.isBoolean() && mandatoryNode.asBoolean();
		Integer criterionStars = stars(node, path, where.labels[1], problems);
		boolean marked = node.has("minimumForStars");
		for (int o = 0; o < optionsNode.size(); o++) {
			JsonNode option = optionsNode.get(o);
			String optionPath = path + ".options[" + o + "]";
			Where optionWhere = new Where("option", optionPath, where.labels[1], label(option, o));
			Integer optionCode = integer(option, "code", optionWhere, problems);
			Integer points = integer(option, "points", optionWhere, problems);
			String text = requireText(option, "text", optionWhere, problems);
			if (optionCode != null && !optionCodes.add(optionCode)) {
				problems.add(new Problem(0, "criteria.scorecard.duplicateOption", optionCode, where.labels[1]));
			}
			if (points != null && points < 0) {
				problems.add(new Problem(0, "criteria.scorecard.negativePoints", optionWhere.at("points")));
			}
			Integer optionStars = stars(option, optionPath, where.labels[1] + " / " + optionWhere.labels[1], problems);
			marked |= option.has("minimumForStars");
			if (optionCode != null && points != null) {
				options.add(new Scorecard.Option(optionCode, orEmpty(text), points, optionStars));
			}
		}
		if (marked && !mandatory) {
			problems.add(new Problem(0, "criteria.scorecard.markerNotMandatory", where.labels[1]));
		}
		List<Scorecard.Case> cases = cases(node, path, where.labels[1], optionCodes, problems);
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
				if (label == null || label.isBlank()) {
					problems.add(new Problem(0, "criteria.scorecard.blank",
							new Where("case", path + ".cases[" + i + "]", code, String.valueOf(i + 1)).at("name")));
				}
				if (codes.isEmpty() && c.path("options").isEmpty()) {
					problems.add(new Problem(0, "criteria.scorecard.caseNoOptions", code, i + 1));
				}
				if (label != null && !label.isBlank() && !codes.isEmpty()) {
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

	private static @Nullable String requireText(JsonNode node, String field, Where where, List<Problem> problems) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			problems.add(new Problem(0, "criteria.scorecard.blank", where.at(field)));
			return null;
		}
		return value;
	}

	private static @Nullable Integer integer(JsonNode node, String field, Where where, List<Problem> problems) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isIntegralNumber()) {
			problems.add(new Problem(0, "criteria.scorecard.integer", where.at(field)));
			return null;
		}
		return value.asInt();
	}

	/** A part, group, criterion or option named by its code, or by its position ("#2") while it has none. */
	private static String label(@Nullable JsonNode node, int index) {
		JsonNode code = node == null ? null : node.get("code");
		if (code != null && (code.isString() && !code.asString().isBlank() || code.isNumber())) {
			return code.isString() ? code.asString() : code.asString("");
		}
		return "#" + (index + 1);
	}

	private static final Where DOCUMENT = new Where("document", "");

	/** The problems found so far, each with where the parser was when it found it. */
	private static final class Findings extends ArrayList<Problem> {

		String at = "";
		final List<String> locations = new ArrayList<>();

		@Override
		public boolean add(Problem problem) {
			locations.add(at);
			return super.add(problem);
		}
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

	/**
	 * Where in the document a problem is, said in the reader's language: a message {@code criteria.where.<kind>.<field>}
	 * with the codes of the part, group, criterion or option as arguments, and the JSON path as the fallback.
	 */
	static final class Where {

		final String kind;
		final String path;
		final String[] labels;

		Where(String kind, String path, String... labels) {
			this.kind = kind;
			this.path = path;
			this.labels = labels.length >= 2 ? labels : new String[] { labels.length == 1 ? labels[0] : "", labels.length == 1 ? labels[0] : "" };
		}

		org.springframework.context.MessageSourceResolvable at(String field) {
			String fallback = path.isEmpty() ? field : path + "." + field;
			return new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { "criteria.where." + kind + "." + field }, labels, fallback) {
				@Override
				public String toString() {
					return fallback;
				}
			};
		}
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
