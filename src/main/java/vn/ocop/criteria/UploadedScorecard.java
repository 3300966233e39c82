package vn.ocop.criteria;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * A scorecard document as uploaded (JSON, or read from the .xlsx template), made to fit the product set it becomes
 * the draft of: what the editor does not edit is taken from the set — the format, the regulation (its code; a title
 * and date left blank) and the set's code (a name left blank) — and every value of the file replaced this way is
 * reported. The rules of the format are not checked here: the draft shows what is still wrong.
 */
final class UploadedScorecard {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private UploadedScorecard() {
	}

	/** The uploaded text as a JSON object; 422 ({@code criteria.scorecard.notJson}) for anything else. */
	static ObjectNode read(String document) {
		JsonNode parsed;
		try {
			parsed = JSON.readTree(document);
		}
		catch (JacksonException e) {
			String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
			throw new ImportProblems(List.of(new Problem(0, "criteria.scorecard.notJson", reason)));
		}
		if (parsed == null || !parsed.isObject()) {
			throw new ImportProblems(List.of(new Problem(0, "criteria.scorecard.notJson", "—")));
		}
		return (ObjectNode) parsed;
	}

	/** The product set the file names (its code as written, trimmed), or "" if it names none. */
	static String namedSet(ObjectNode doc) {
		JsonNode named = doc.path("productSet").path("code");
		return named.isString() ? named.asString().trim() : "";
	}

	/**
	 * Makes the document the set's: the format, the set's regulation and the set's code, without a version (the
	 * draft becomes the next one when published). The values of the file replaced, as problems to show.
	 */
	static List<Problem> conform(ObjectNode doc, ProductSet set, Regulation regulation) {
		List<Problem> replaced = new ArrayList<>();
		String format = doc.path("format").isString() ? doc.path("format").asString().trim() : "";
		if (!format.isEmpty() && !format.equals(ScorecardParser.FORMAT)) {
			replaced.add(new Problem(0, "criteria.upload.replacedFormat", format, ScorecardParser.FORMAT));
		}
		doc.put("format", ScorecardParser.FORMAT);
		String fileRegulation = doc.path("regulation").path("code").isString()
				? doc.path("regulation").path("code").asString().trim() : "";
		if (!fileRegulation.isEmpty() && !fileRegulation.equals(regulation.code())) {
			replaced.add(new Problem(0, "criteria.upload.replacedRegulation", fileRegulation, set.code(),
					regulation.code()));
		}
		// the file's own title and date of the set's regulation are kept as written; blanks are filled in
		ObjectNode reg = fileRegulation.equals(regulation.code()) && doc.get("regulation").isObject()
				? (ObjectNode) doc.get("regulation") : JSON.createObjectNode();
		reg.put("code", regulation.code());
		if (!reg.path("title").isString() || reg.path("title").asString().isBlank()) {
			reg.put("title", regulation.title());
		}
		if (!reg.path("date").isString() || reg.path("date").asString().isBlank()) {
			reg.put("date", regulation.date().toString());
		}
		doc.set("regulation", reg);
		String fileSet = namedSet(doc);
		ObjectNode productSet = doc.path("productSet").isObject() ? (ObjectNode) doc.get("productSet")
				: JSON.createObjectNode();
		if (!fileSet.isEmpty() && !fileSet.equals(set.code())) {
			replaced.add(new Problem(0, "criteria.upload.replacedSet", fileSet, set.code()));
		}
		productSet.put("code", set.code());
		if (!productSet.path("name").isString() || productSet.path("name").asString().isBlank()) {
			productSet.put("name", set.name());
		}
		doc.set("productSet", productSet);
		doc.remove("version");
		return replaced;
	}
}
