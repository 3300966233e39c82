package vn.ocop.criteria;

import java.util.TreeMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.Stars;

/**
 * The empty scorecard a product set's first draft and its .xlsx template start from.
 */
@Component
class BlankScorecards {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CriteriaCatalog catalog;

	BlankScorecards(CriteriaCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * An empty scorecard of a product set: its regulation and set, the regulation's parts (named as on another
	 * scorecard of the regulation, if there is one), its star bands and legend, no groups yet.
	 */
	ObjectNode of(ProductSet set) {
		Regulation regulation = catalog.regulation(set.regulationCode())
				.orElseThrow(() -> new NotFoundException("criteria.productSet.notFound", set.code()));
		JsonNode sibling = catalog.scorecards().stream().filter(s -> s.regulation().equals(regulation.code()))
				.findFirst().flatMap(s -> catalog.source(s.code())).map(JSON::readTree).orElse(null);
		ObjectNode doc = JSON.createObjectNode();
		doc.put("format", ScorecardParser.FORMAT);
		ObjectNode reg = doc.putObject("regulation");
		reg.put("code", regulation.code());
		reg.put("title", regulation.title());
		reg.put("date", regulation.date().toString());
		ObjectNode ps = doc.putObject("productSet");
		ps.put("code", set.code());
		ps.put("name", set.name());
		ps.put("group", set.groupName());
		ps.put("sector", set.sectorName());
		if (!set.leadMinistry().isBlank()) {
			ps.put("ministry", set.leadMinistry());
		}
		ArrayNode parts = doc.putArray("parts");
		for (var part : new TreeMap<>(regulation.partMaxPoints()).entrySet()) {
			ObjectNode p = parts.addObject();
			p.put("code", part.getKey());
			String name = "";
			if (sibling != null) {
				for (JsonNode other : sibling.path("parts")) {
					if (other.path("code").asString("").equals(part.getKey())) {
						name = other.path("name").asString("");
					}
				}
			}
			p.put("name", name);
			p.put("maxPoints", part.getValue());
			p.putArray("groups");
		}
		doc.set("starBands", sibling != null && sibling.path("starBands").isArray() ? sibling.path("starBands")
				: defaultBands());
		if (sibling != null && sibling.path("starRequirementLegend").isString()) {
			doc.put("starRequirementLegend", sibling.path("starRequirementLegend").asString());
		}
		return doc;
	}

	/** The star bands of the rules ({@link Stars}: 5 stars from 90 points … 1 star from 0), for a set with no sibling. */
	static ArrayNode defaultBands() {
		ArrayNode bands = JSON.createArrayNode();
		for (int count = Stars.MAX; count >= Stars.MIN; count--) {
			ObjectNode band = bands.addObject();
			band.put("stars", count);
			band.put("minScore", Stars.of(count).minScore());
		}
		return bands;
	}

}
