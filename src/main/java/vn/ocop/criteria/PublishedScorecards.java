package vn.ocop.criteria;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * The published scorecards: immutable versions per product set (shipped, uploaded or authored), the newest of which
 * a session opened now scores on; each parsed once and kept.
 */
@Component
class PublishedScorecards {

	private static final Logger log = LoggerFactory.getLogger(PublishedScorecards.class);

	private final ScorecardEntries scorecards;
	private final Taxonomies taxonomies;
	private final Clock clock;
	private final ScorecardParser parser;
	private final Map<String, Scorecard> cache = new ConcurrentHashMap<>();

	PublishedScorecards(ScorecardEntries scorecards, Taxonomies taxonomies, Regulations regulations, Clock clock) {
		this.scorecards = scorecards;
		this.taxonomies = taxonomies;
		this.clock = clock;
		this.parser = new ScorecardParser(code -> regulations.find(code).orElse(null));
	}

	ScorecardParser parser() {
		return parser;
	}

	/**
	 * The scorecard files shipped with the application (every {@code criteria/<digits>-….json}), loaded at start
	 * when the database does not have them yet.
	 */
	static List<String> bundledScorecards() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver(PublishedScorecards.class.getClassLoader());
		return Arrays.stream(resolver.getResources("classpath:criteria/*.json")).map(Resource::getFilename)
				.filter(Objects::nonNull).filter(name -> name.matches("\\d.*\\.json")).sorted().toList();
	}

	/** Loads the shipped scorecards the database does not have, and gives older rows their version. */
	void loadBundled() throws IOException {
		for (String file : bundledScorecards()) {
			String source = new String(new ClassPathResource("criteria/" + file).getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			Scorecard scorecard = parser.parse(source);
			if (!scorecards.existsById(scorecard.code())) {
				store(scorecard, source, ScorecardEntry.Origin.SHIPPED, "system");
				log.info("Loaded the scorecard {} ({})", scorecard.code(), scorecard.name());
			}
		}
		// rows stored before scorecards had versions
		for (ScorecardEntry entry : scorecards.findByProductSetCodeIsNull()) {
			entry.backfill(parser.parse(entry.getSourceJson()));
		}
	}

	/**
	 * Loads a scorecard file ({@code ocop-criteria/1}); refused as a whole, with every problem named, if it breaks
	 * a rule of the format, and with 409 if a scorecard with its code exists. A product set missing from the
	 * regulation's taxonomy is added from the file.
	 */
	ScorecardSummary load(String source, String loadedBy) {
		Scorecard scorecard = parser.parse(source);
		if (scorecards.existsById(scorecard.code())) {
			throw BusinessRuleException.conflict("criteria.scorecard.exists", scorecard.code());
		}
		var set = taxonomies.productSet(scorecard.productSetCode());
		if (set.isPresent() && !set.get().regulationCode().equals(scorecard.regulationCode())) {
			throw new ImportProblems(List.of(new Problem(0, "criteria.scorecard.productSetRegulation", scorecard.code(),
					set.get().regulationCode())));
		}
		return summary(store(scorecard, source, ScorecardEntry.Origin.UPLOADED, loadedBy));
	}

	ScorecardEntry store(Scorecard scorecard, String source, ScorecardEntry.Origin origin, String loadedBy) {
		if (!taxonomies.exists(scorecard.productSetCode())) {
			var node = JsonMapper.builder().build().readTree(source).path("productSet");
			String group = node.path("group").asString("");
			String sector = node.path("sector").asString("");
			taxonomies.add(new ProductSet(scorecard.productSetCode(), scorecard.regulationCode(), scorecard.name(),
					shortCode(group), group, shortCode(sector), sector, node.path("ministry").asString("")));
		}
		var entry = scorecards.saveAndFlush(new ScorecardEntry(scorecard, source, origin, clock.instant(), loadedBy));
		cache.put(scorecard.code(), scorecard);
		return entry;
	}

	/** A name as a code of at most 32 characters (a scorecard file names its group and sector without codes). */
	static String shortCode(String name) {
		return name.length() <= 32 ? name : name.substring(0, 23) + "~" + String.format("%08x", name.hashCode());
	}

	List<ScorecardSummary> all() {
		List<ScorecardEntry> all = scorecards.findAllByOrderByCode();
		Map<String, Integer> latest = new HashMap<>();
		for (ScorecardEntry e : all) {
			latest.merge(setOf(e), e.getVersion(), Math::max);
		}
		return all.stream().map(e -> summary(e, latest.get(setOf(e)) == e.getVersion()))
				.sorted(Comparator.comparing(ScorecardSummary::productSetCode).thenComparingInt(ScorecardSummary::version))
				.toList();
	}

	private static String setOf(ScorecardEntry e) {
		return e.getProductSetCode() == null ? e.getCode() : e.getProductSetCode();
	}

	/** The published versions of a product set's scorecard, newest first. */
	List<ScorecardSummary> versions(String productSetCode) {
		List<ScorecardEntry> found = scorecards.findByProductSetCodeOrderByVersionDesc(productSetCode);
		List<ScorecardSummary> result = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			result.add(summary(found.get(i), i == 0));
		}
		return result;
	}

	/** The newest published version of a product set's scorecard: the one a session opened now scores on. */
	Optional<Scorecard> latest(String productSetCode) {
		return scorecards.findByProductSetCodeOrderByVersionDesc(productSetCode).stream().findFirst()
				.flatMap(e -> scorecard(e.getCode()));
	}

	void recordUse(String scorecardCode, Instant openedAt) {
		scorecards.findById(scorecardCode).ifPresent(e -> e.usedAt(openedAt));
	}

	Optional<Scorecard> scorecard(String code) {
		Scorecard cached = cache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Scorecard> found = scorecards.findById(code).map(e -> parser.parse(e.getSourceJson()));
		found.ifPresent(s -> cache.put(code, s));
		return found;
	}

	private ScorecardSummary summary(ScorecardEntry entry) {
		var versions = versions(setOf(entry));
		return summary(entry, !versions.isEmpty() && versions.get(0).code().equals(entry.getCode()));
	}

	private ScorecardSummary summary(ScorecardEntry e, boolean latest) {
		Scorecard scorecard = scorecard(e.getCode()).orElseThrow();
		return new ScorecardSummary(scorecard.code(), scorecard.regulationCode(), setOf(e), scorecard.name(),
				scorecard.maxPoints(), e.getVersion(), e.getOrigin().name(), e.getLoadedAt(), e.getLoadedBy(),
				e.getFirstUsedAt(), latest);
	}

	/** The stored summary of one published scorecard. */
	Optional<ScorecardSummary> summary(String code) {
		return scorecards.findById(code).map(this::summary);
	}

	/** The document of a published scorecard, as it was accepted (format {@code ocop-criteria/1}). */
	Optional<String> source(String code) {
		return scorecards.findById(code).map(ScorecardEntry::getSourceJson);
	}
}
