package vn.ocop.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.Scorecard;

/**
 * Test fixtures: the real scorecard 1048-01 and members' picks that reach an exact total.
 */
final class Scorecards {

	private Scorecards() {
	}

	/** The shipped scorecard 1048-01 "Rau, củ, quả, hạt tươi", read straight from its file. */
	static Scorecard real1048_01() {
		try {
			JsonNode root = JsonMapper.builder().build()
					.readTree(new ClassPathResource("criteria/1048-01-rau-cu-qua-hat-tuoi.json").getInputStream());
			List<Scorecard.Part> parts = new ArrayList<>();
			for (JsonNode p : root.get("parts")) {
				List<Scorecard.Group> groups = new ArrayList<>();
				for (JsonNode g : p.get("groups")) {
					List<Scorecard.Criterion> criteria = new ArrayList<>();
					for (JsonNode c : g.get("criteria")) {
						List<Scorecard.Option> options = new ArrayList<>();
						for (JsonNode o : c.get("options")) {
							options.add(new Scorecard.Option(o.get("code").asInt(), o.get("text").asString(), o.get("points").asInt()));
						}
						boolean mandatory = c.path("mandatory").asBoolean(false);
						criteria.add(new Scorecard.Criterion(c.get("code").asString(), c.get("name").asString(), null, mandatory,
								mandatory ? 3 : null, options));
					}
					groups.add(new Scorecard.Group(g.get("code").asString(), g.get("name").asString(), criteria));
				}
				parts.add(new Scorecard.Part(p.get("code").asString(), p.get("name").asString(), p.get("maxPoints").asInt(), groups));
			}
			List<Scorecard.StarBand> bands = new ArrayList<>();
			for (JsonNode b : root.get("starBands")) {
				bands.add(new Scorecard.StarBand(b.get("stars").asInt(), b.get("minScore").asInt()));
			}
			return new Scorecard("1048-01", "1048/QĐ-TTg", "Rau, củ, quả, hạt tươi", parts, bands);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A shipped scorecard read straight from its file with its star markers and disqualifiers (e.g.
	 * {@code 26-2026-24-cay-canh.json}).
	 */
	static Scorecard real(String file) {
		try {
			JsonNode root = JsonMapper.builder().build().readTree(new ClassPathResource("criteria/" + file).getInputStream());
			List<Scorecard.Part> parts = new ArrayList<>();
			for (JsonNode p : root.get("parts")) {
				List<Scorecard.Group> groups = new ArrayList<>();
				for (JsonNode g : p.get("groups")) {
					List<Scorecard.Criterion> criteria = new ArrayList<>();
					for (JsonNode c : g.get("criteria")) {
						List<Scorecard.Option> options = new ArrayList<>();
						for (JsonNode o : c.get("options")) {
							options.add(new Scorecard.Option(o.get("code").asInt(), o.get("text").asString(), o.get("points").asInt(),
									o.has("minimumForStars") ? Integer.valueOf(o.get("minimumForStars").asInt()) : null));
						}
						criteria.add(new Scorecard.Criterion(c.get("code").asString(), c.get("name").asString(), null,
								c.path("mandatory").asBoolean(false),
								c.has("minimumForStars") ? Integer.valueOf(c.get("minimumForStars").asInt()) : null, options));
					}
					groups.add(new Scorecard.Group(g.get("code").asString(), g.get("name").asString(), criteria));
				}
				parts.add(new Scorecard.Part(p.get("code").asString(), p.get("name").asString(), p.get("maxPoints").asInt(), groups));
			}
			List<Scorecard.StarBand> bands = new ArrayList<>();
			for (JsonNode b : root.get("starBands")) {
				bands.add(new Scorecard.StarBand(b.get("stars").asInt(), b.get("minScore").asInt()));
			}
			List<String> disqualifiers = new ArrayList<>();
			root.path("disqualifiers").forEach(d -> disqualifiers.add(d.asString()));
			String code = root.get("productSet").get("code").asString();
			return new Scorecard(code, root.get("regulation").get("code").asString(), root.get("productSet").get("name").asString(),
					parts, bands, code, 1, disqualifiers, null, java.util.Map.of());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The best option of every criterion: 100 points, every star minimum met. */
	static Map<String, Integer> best(Scorecard scorecard) {
		Map<String, Integer> picks = new LinkedHashMap<>();
		scorecard.criteria().forEach(c -> picks.put(c.code(), c.options().stream()
				.max(java.util.Comparator.comparingInt(Scorecard.Option::points)).orElseThrow().code()));
		return picks;
	}

	/**
	 * Picks that add up to exactly {@code total}: the best option everywhere, then, criterion by criterion, the
	 * option that takes off as much of the remaining difference as possible.
	 */
	static Map<String, Integer> picksFor(Scorecard scorecard, int total) {
		Map<String, Integer> picks = new LinkedHashMap<>();
		int remaining = scorecard.maxPoints() - total;
		for (Scorecard.Criterion criterion : scorecard.criteria().toList()) {
			int max = criterion.maxPoints();
			// a "one of two cases" criterion: the options of the first case (enterprises, cooperatives)
			List<Scorecard.Option> offered = criterion.optionsOfCase(1);
			Scorecard.Option chosen = offered.stream().filter(o -> o.points() == max).findFirst().orElseThrow();
			for (Scorecard.Option option : offered) {
				int cut = max - option.points();
				if (cut <= remaining && cut > max - chosen.points()) {
					chosen = option;
				}
			}
			remaining -= max - chosen.points();
			picks.put(criterion.code(), chosen.code());
		}
		if (remaining != 0) {
			throw new IllegalArgumentException("Cannot reach " + total);
		}
		return picks;
	}

	/** A realistic member's scorecard for Cam Vũ Quang: 24 + 14 + 24 = 62 points (worked out by hand). */
	static Map<String, Integer> handPicked62() {
		Map<String, Integer> picks = new LinkedHashMap<>();
		// A1 production organisation: 3 + 1 + 3 + 1 + 3 + 0 = 11
		picks.put("A1.1", 3); picks.put("A1.2", 2); picks.put("A1.3", 3); picks.put("A1.4", 2); picks.put("A1.5", 3); picks.put("A1.6", 1);
		// A2 product development: 2 + 2 + 1 = 5
		picks.put("A2.1", 3); picks.put("A2.2", 3); picks.put("A2.3", 2);
		// A3 community strength: 3 + 2 + 1 + 1 + 1 = 8
		picks.put("A3.1", 3); picks.put("A3.2", 2); picks.put("A3.3", 2); picks.put("A3.4", 2); picks.put("A3.5", 2);
		// B1 marketing: 2 + 3 + 2 = 7
		picks.put("B1.1", 2); picks.put("B1.2", 3); picks.put("B1.3", 3);
		// B2 product story: 3 + 2 + 2 = 7
		picks.put("B2.1", 4); picks.put("B2.2", 3); picks.put("B2.3", 2);
		// C1 sensory: 2 + 5 + 3 + 2 + 1 = 13
		picks.put("C1.1", 3); picks.put("C1.2", 4); picks.put("C1.3", 4); picks.put("C1.4", 3); picks.put("C1.5", 2);
		// C2–C6: 1 + 3 + 2 + 2 + 2 + 1 = 11
		picks.put("C2.1", 2); picks.put("C3.1", 3); picks.put("C4.1", 3); picks.put("C4.2", 3); picks.put("C5.1", 3); picks.put("C6.1", 1);
		return picks;
	}
}
