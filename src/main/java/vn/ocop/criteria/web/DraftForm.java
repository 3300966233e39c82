package vn.ocop.criteria.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The draft editor's form as a scorecard document and back: fields named like
 * {@code parts[0].groups[1].criteria[2].options[0].points} become the document's tree, whole numbers where the format
 * wants them and the text typed otherwise (so that the format's rules name a wrong value instead of the form losing
 * it). The editor's buttons are {@link DraftButtons}; the document as the editor shows it, {@link EditableDraft}.
 */
final class DraftForm {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)\\[(\\d{1,4})\\]");
	private static final Set<String> NUMBERS = Set.of("maxPoints", "points", "stars", "minScore", "minimumForStars");
	private static final Set<String> OPTIONAL = Set.of("note", "minimumForStars");

	private DraftForm() {
	}

	/** The stored document with what the form says about the product set, the parts, the bands and disqualifiers. */
	static ObjectNode apply(String stored, MultiValueMap<String, String> form) {
		ObjectNode doc;
		try {
			JsonNode node = JSON.readTree(stored);
			doc = node != null && node.isObject() ? (ObjectNode) node : JSON.createObjectNode();
		}
		catch (RuntimeException e) {
			doc = JSON.createObjectNode();
		}
		ObjectNode productSet = doc.path("productSet").isObject() ? (ObjectNode) doc.get("productSet") : doc.putObject("productSet");
		for (String field : List.of("name", "group", "sector", "ministry")) {
			String value = first(form, "productSet." + field);
			if (value != null) {
				if (value.isBlank() && !field.equals("name")) {
					productSet.remove(field);
				}
				else {
					productSet.put(field, value.trim());
				}
			}
		}
		String legend = first(form, "starRequirementLegend");
		if (legend != null) {
			if (legend.isBlank()) {
				doc.remove("starRequirementLegend");
			}
			else {
				doc.put("starRequirementLegend", legend.trim());
			}
		}
		String disqualifiers = first(form, "disqualifiers");
		if (disqualifiers != null) {
			ArrayNode list = NODES.arrayNode();
			disqualifiers.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(list::add);
			if (list.isEmpty()) {
				doc.remove("disqualifiers");
			}
			else {
				doc.set("disqualifiers", list);
			}
		}
		if (form.containsKey("structure")) {
			// the form lists every part and band: what it no longer names was removed
			TreeMap<String, Object> tree = new TreeMap<>();
			for (Map.Entry<String, List<String>> field : form.entrySet()) {
				if (field.getKey().startsWith("parts[") || field.getKey().startsWith("starBands[")) {
					put(tree, field.getKey(), field.getValue().isEmpty() ? "" : field.getValue().get(0));
				}
			}
			ObjectNode built = toNode(tree, "");
			doc.set("parts", built.has("parts") ? built.get("parts") : NODES.arrayNode());
			doc.set("starBands", built.has("starBands") ? built.get("starBands") : NODES.arrayNode());
		}
		return doc;
	}

	private static @Nullable String first(MultiValueMap<String, String> form, String key) {
		List<String> values = form.get(key);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** Puts a form value into the tree: {@code a[1].b} is key "a" → index 1 → key "b". */
	@SuppressWarnings("unchecked")
	private static void put(TreeMap<String, Object> tree, String name, String value) {
		String[] segments = name.split("\\.");
		Map<String, Object> node = tree;
		for (int i = 0; i < segments.length; i++) {
			Matcher m = SEGMENT.matcher(segments[i]);
			boolean last = i == segments.length - 1;
			if (m.matches()) {
				var list = (TreeMap<Integer, Object>) node.computeIfAbsent(m.group(1), k -> new TreeMap<Integer, Object>());
				node = (Map<String, Object>) list.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new TreeMap<String, Object>());
				if (last) {
					return;
				}
			}
			else if (last) {
				node.put(segments[i], value);
			}
			else {
				return;
			}
		}
	}

	/**
	 * The tree of one object of the form. {@code within} is the list it is an element of: the options of a case
	 * ({@code cases[0].options}) are typed as a list of option codes (for example 1, 2), which becomes a list of whole numbers
	 * (what is not a number is kept as typed, for the rules to name).
	 */
	@SuppressWarnings("unchecked")
	private static ObjectNode toNode(Map<String, Object> map, String within) {
		ObjectNode node = NODES.objectNode();
		// the order of the format's files: code, name/text, then the rest
		List<String> keys = new ArrayList<>(map.keySet());
		keys.sort(java.util.Comparator.comparingInt(DraftForm::rank).thenComparing(k -> k));
		for (String key : keys) {
			Object value = map.get(key);
			if (value instanceof TreeMap<?, ?> sub && !sub.isEmpty() && sub.firstKey() instanceof Integer) {
				ArrayNode list = node.putArray(key);
				for (Object element : sub.values()) {
					list.add(toNode((Map<String, Object>) element, key));
				}
			}
			else if (value instanceof String text) {
				String trimmed = text.trim();
				if (within.equals("cases") && key.equals("options")) {
					ArrayNode codes = node.putArray("options");
					for (String code : trimmed.split("[,;\\s]+")) {
						if (code.matches("\\d{1,9}")) {
							codes.add(Integer.parseInt(code));
						}
						else if (!code.isEmpty()) {
							codes.add(code);
						}
					}
				}
				else if (key.equals("mandatory")) {
					if (List.of("on", "true", "x").contains(trimmed)) {
						node.put("mandatory", true);
					}
				}
				else if (OPTIONAL.contains(key) && trimmed.isEmpty()) {
					continue;
				}
				else if (NUMBERS.contains(key) || key.equals("code") && map.containsKey("points")) {
					if (trimmed.matches("-?\\d{1,9}")) {
						node.put(key, Integer.parseInt(trimmed));
					}
					else if (trimmed.isEmpty()) {
						node.putNull(key);
					}
					else {
						node.put(key, trimmed);
					}
				}
				else {
					node.put(key, trimmed);
				}
			}
		}
		return node;
	}

	private static int rank(String key) {
		return switch (key) {
			case "code" -> 0;
			case "name", "text", "stars" -> 1;
			case "note", "minScore" -> 2;
			case "mandatory" -> 3;
			case "minimumForStars" -> 4;
			case "maxPoints", "points" -> 5;
			case "cases" -> 7;
			default -> 6;
		};
	}
}
