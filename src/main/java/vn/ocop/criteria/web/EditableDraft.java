package vn.ocop.criteria.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft's document as the editor's template walks it, whatever a file put there.
 */
final class EditableDraft {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private EditableDraft() {
	}

	/**
	 * A copy of the document in the shape the editor walks, whatever a file put there: the product set an object,
	 * parts, groups, criteria, options, cases and bands lists of objects, disqualifiers a list of texts (a value of
	 * another kind becomes an empty one; the rules of the format have already named it).
	 */
	static ObjectNode of(JsonNode stored) {
		ObjectNode doc = stored != null && stored.isObject() ? ((ObjectNode) stored).deepCopy() : NODES.objectNode();
		if (!doc.path("productSet").isObject()) {
			doc.putObject("productSet");
		}
		ArrayNode disqualifiers = NODES.arrayNode();
		for (JsonNode d : doc.path("disqualifiers")) {
			disqualifiers.add(d.isValueNode() ? d.asString("") : "");
		}
		doc.set("disqualifiers", disqualifiers);
		doc.set("starBands", objects(doc.get("starBands")));
		ArrayNode parts = objects(doc.get("parts"));
		for (JsonNode part : parts) {
			ArrayNode groups = objects(part.get("groups"));
			((ObjectNode) part).set("groups", groups);
			for (JsonNode group : groups) {
				ArrayNode criteria = objects(group.get("criteria"));
				((ObjectNode) group).set("criteria", criteria);
				for (JsonNode criterion : criteria) {
					((ObjectNode) criterion).set("options", objects(criterion.get("options")));
					if (criterion.has("cases")) {
						ArrayNode cases = objects(criterion.get("cases"));
						for (JsonNode c : cases) {
							ArrayNode codes = NODES.arrayNode();
							for (JsonNode o : c.path("options")) {
								if (o.isValueNode()) {
									codes.add(o);
								}
							}
							((ObjectNode) c).set("options", codes);
						}
						((ObjectNode) criterion).set("cases", cases);
					}
				}
			}
		}
		doc.set("parts", parts);
		return doc;
	}

	private static ArrayNode objects(@Nullable JsonNode list) {
		ArrayNode result = NODES.arrayNode();
		if (list != null && list.isArray()) {
			for (JsonNode element : list) {
				result.add(element.isObject() ? element.deepCopy() : NODES.objectNode());
			}
		}
		return result;
	}

	/** The document as nested maps and lists, for the editor's template. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> toMap(JsonNode doc) {
		return JSON.convertValue(doc, Map.class);
	}
}
