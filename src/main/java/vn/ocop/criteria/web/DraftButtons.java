package vn.ocop.criteria.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The draft editor's buttons: add or remove a part, group, criterion, option, case or star band of the document
 * ({@code add-option:0.1.2} is the criterion 2 of the group 1 of the part 0).
 */
final class DraftButtons {

	private DraftButtons() {
	}

	/** Carries out an editor button ("add-option:0.1.2", "remove-part:1", …) on the document. */
	static void act(ObjectNode doc, @Nullable String action) {
		if (action == null || action.isBlank()) {
			return;
		}
		String[] parts = action.split(":", 2);
		int[] at = parts.length < 2 || parts[1].isBlank() ? new int[0]
				: Arrays.stream(parts[1].split("\\.")).mapToInt(Integer::parseInt).toArray();
		ArrayNode partList = array(doc, "parts");
		switch (parts[0]) {
			case "add-part" -> {
				ObjectNode part = partList.addObject();
				part.put("code", String.valueOf((char) ('A' + Math.min(partList.size() - 1, 25))));
				part.put("name", "");
				part.put("maxPoints", 0);
				part.putArray("groups");
			}
			case "remove-part" -> remove(partList, at[0]);
			case "add-group" -> {
				ObjectNode part = (ObjectNode) partList.get(at[0]);
				ArrayNode groups = array(part, "groups");
				ObjectNode group = groups.addObject();
				group.put("code", part.path("code").asString("") + groups.size());
				group.put("name", "");
				group.putArray("criteria");
			}
			case "remove-group" -> remove(array((ObjectNode) partList.get(at[0]), "groups"), at[1]);
			case "add-criterion" -> {
				ObjectNode group = (ObjectNode) array((ObjectNode) partList.get(at[0]), "groups").get(at[1]);
				ArrayNode criteria = array(group, "criteria");
				ObjectNode criterion = criteria.addObject();
				criterion.put("code", group.path("code").asString("") + "." + criteria.size());
				criterion.put("name", "");
				ObjectNode option = criterion.putArray("options").addObject();
				option.put("code", 1);
				option.put("text", "");
				option.put("points", 0);
			}
			case "remove-criterion" -> remove(array(group(partList, at), "criteria"), at[2]);
			case "add-option" -> {
				ArrayNode options = array((ObjectNode) array(group(partList, at), "criteria").get(at[2]), "options");
				int next = 1;
				for (JsonNode option : options) {
					next = Math.max(next, option.path("code").asInt(0) + 1);
				}
				ObjectNode option = options.addObject();
				option.put("code", next);
				option.put("text", "");
				option.put("points", 0);
			}
			case "remove-option" -> remove(array((ObjectNode) array(group(partList, at), "criteria").get(at[2]), "options"),
					at[3]);
			case "add-case" -> {
				ObjectNode criterion = (ObjectNode) array(group(partList, at), "criteria").get(at[2]);
				ObjectNode added = array(criterion, "cases").addObject();
				added.put("name", "");
				added.putArray("options");
			}
			case "remove-case" -> {
				ObjectNode criterion = (ObjectNode) array(group(partList, at), "criteria").get(at[2]);
				remove(array(criterion, "cases"), at[3]);
				if (array(criterion, "cases").isEmpty()) {
					criterion.remove("cases");
				}
			}
			case "add-band" -> {
				ObjectNode band = array(doc, "starBands").addObject();
				band.put("stars", 0);
				band.put("minScore", 0);
			}
			case "remove-band" -> remove(array(doc, "starBands"), at[0]);
			default -> {
				// an unknown button changes nothing
			}
		}
	}

	private static ObjectNode group(ArrayNode parts, int[] at) {
		return (ObjectNode) array((ObjectNode) parts.get(at[0]), "groups").get(at[1]);
	}

	private static ArrayNode array(ObjectNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isArray()) {
			return node.putArray(field);
		}
		return (ArrayNode) value;
	}

	private static void remove(ArrayNode list, int index) {
		if (index >= 0 && index < list.size()) {
			list.remove(index);
		}
	}
}
