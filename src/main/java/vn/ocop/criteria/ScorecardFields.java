package vn.ocop.criteria;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import tools.jackson.databind.JsonNode;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * How the scorecard parser reads a field of the {@code ocop-criteria/1} document and says where a problem is: the
 * text, required text and whole-number fields, the label of a nameless element, and the place of each problem.
 */
final class ScorecardFields {

	private ScorecardFields() {
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() || !value.isString() ? null : value.asString();
	}

	static @Nullable String requireText(JsonNode node, String field, Where where, List<Problem> problems) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			problems.add(new Problem(0, "criteria.scorecard.blank", where.at(field)));
			return null;
		}
		return value;
	}

	static @Nullable Integer integer(JsonNode node, String field, Where where, List<Problem> problems) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isIntegralNumber()) {
			problems.add(new Problem(0, "criteria.scorecard.integer", where.at(field)));
			return null;
		}
		return value.asInt();
	}

	/** A part, group, criterion or option named by its code, or by its position ("#2") while it has none. */
	static String label(@Nullable JsonNode node, int index) {
		JsonNode code = node == null ? null : node.get("code");
		if (code != null && (code.isString() && !code.asString().isBlank() || code.isNumber())) {
			return code.isString() ? code.asString() : code.asString("");
		}
		return "#" + (index + 1);
	}

	static final Where DOCUMENT = new Where("document", "");

	/** The problems found so far, each with where the parser was when it found it. */
	static final class Findings extends ArrayList<Problem> {

		String at = "";
		final List<String> locations = new ArrayList<>();

		@Override
		public boolean add(Problem problem) {
			locations.add(at);
			return super.add(problem);
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

		MessageSourceResolvable at(String field) {
			String fallback = path.isEmpty() ? field : path + "." + field;
			return new DefaultMessageSourceResolvable(
					new String[] { "criteria.where." + kind + "." + field }, labels, fallback) {
				@Override
				public String toString() {
					return fallback;
				}
			};
		}
	}

	static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	static String firstLine(@Nullable String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
