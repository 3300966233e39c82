package vn.ocop.criteria;

import static vn.ocop.criteria.ScorecardFields.integer;
import static vn.ocop.criteria.ScorecardFields.label;
import static vn.ocop.criteria.ScorecardFields.orEmpty;
import static vn.ocop.criteria.ScorecardFields.requireText;
import static vn.ocop.criteria.ScorecardFields.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import vn.ocop.criteria.ScorecardFields.Where;
import vn.ocop.shared.ImportProblems.Problem;
import vn.ocop.shared.Stars;

/**
 * Reads one criterion of an {@code ocop-criteria/1} document: its options with their points and star markers, whether
 * it is mandatory, and its "one of two cases" split; every broken rule is added to the problems.
 */
final class CriterionReader {

	private CriterionReader() {
	}

	/** A criterion with its options and cases, or {@code null} while it has no code or name; problems added. */
	static Scorecard.@Nullable Criterion criterion(JsonNode node, Where where, Set<String> codes, List<Problem> problems) {
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
		if (!value.isIntegralNumber() || !Stars.isCertifiable(value.asInt())) {
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
}
