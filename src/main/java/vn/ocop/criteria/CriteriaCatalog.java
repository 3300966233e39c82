package vn.ocop.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * The catalogue of regulations (from {@code criteria/regulations.json}) and their taxonomies (loaded into the
 * database from {@code criteria/*-taxonomy.csv} at start, and uploadable for further regulations).
 */
@Service
class CriteriaCatalog implements CriteriaApi {

	static final List<String> TAXONOMY_HEADER = List.of("product_set_code", "product_set", "group_code", "group",
			"sector_code", "sector", "lead_ministry");

	private static final Logger log = LoggerFactory.getLogger(CriteriaCatalog.class);

	record RegulationsFile(List<Regulation> regulations) {
	}

	/**
	 * Which taxonomy a regulation uses ({@code criteria/taxonomies.csv}): its own, or that of the regulation it
	 * amends (1489/2025 keeps the product sets and scorecards of 148/2023).
	 */
	record Taxonomy(String regulationCode, String taxonomyRegulationCode, String file) {
	}

	/** One line of {@code criteria/taxonomy-mapping.csv}: the same product set under the next regulation. */
	record Mapping(String fromCode, String toCode, String note) {
	}

	private final ProductSetEntries productSets;
	private final ScorecardEntries scorecards;
	private final java.time.Clock clock;
	private final List<Regulation> regulations;
	private final Map<String, ProductSet> cache = new ConcurrentHashMap<>();
	private final Map<String, Scorecard> scorecardCache = new ConcurrentHashMap<>();
	private final ScorecardParser parser;
	private final Map<String, Taxonomy> taxonomies = new java.util.LinkedHashMap<>();
	private final List<Mapping> mappings = new ArrayList<>();

	CriteriaCatalog(ProductSetEntries productSets, ScorecardEntries scorecards, java.time.Clock clock) throws IOException {
		this.productSets = productSets;
		this.scorecards = scorecards;
		this.clock = clock;
		this.parser = new ScorecardParser(code -> regulation(code).orElse(null));
		try (InputStream in = new ClassPathResource("criteria/regulations.json").getInputStream()) {
			this.regulations = List.copyOf(JsonMapper.builder().build().readValue(in, RegulationsFile.class).regulations());
		}
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("criteria/taxonomies.csv").getInputStream(),
				StandardCharsets.UTF_8); var csv = format.parse(reader)) {
			for (CSVRecord row : csv) {
				taxonomies.put(row.get("regulation_code"), new Taxonomy(row.get("regulation_code"),
						row.get("taxonomy_regulation_code"), row.get("taxonomy_file")));
			}
		}
		try (Reader reader = new InputStreamReader(new ClassPathResource("criteria/taxonomy-mapping.csv").getInputStream(),
				StandardCharsets.UTF_8); var csv = format.parse(reader)) {
			for (CSVRecord row : csv) {
				mappings.add(new Mapping(row.get("from_code"), row.get("to_code"), row.get("note")));
			}
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	@Transactional
	public void loadBundledTaxonomies() throws IOException {
		for (Taxonomy taxonomy : taxonomies.values()) {
			if (!taxonomy.file().isBlank()) {
				int added = loadMissingSets(taxonomy);
				if (added > 0) {
					log.info("Loaded the {} taxonomy: {} product sets", taxonomy.regulationCode(), added);
				}
			}
		}
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

	/** Adds the product sets of a bundled taxonomy file that the database does not have yet. */
	private int loadMissingSets(Taxonomy taxonomy) throws IOException {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		List<ProductSetEntry> missing = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("criteria/" + taxonomy.file()).getInputStream(), StandardCharsets.UTF_8);
				var csv = format.parse(reader)) {
			for (CSVRecord row : csv) {
				String code = row.get("product_set_code");
				if (!productSets.existsById(code)) {
					missing.add(new ProductSetEntry(new ProductSet(code, taxonomy.regulationCode(), row.get("product_set"),
							row.get("group_code"), row.get("group"), row.get("sector_code"), row.get("sector"),
							row.get("lead_ministry"))));
				}
			}
		}
		productSets.saveAll(missing);
		cache.clear();
		return missing.size();
	}

	/**
	 * The scorecard files shipped with the application (every {@code criteria/<digits>-….json}), loaded at start
	 * when the database does not have them yet.
	 */
	static List<String> bundledScorecards() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver(CriteriaCatalog.class.getClassLoader());
		return java.util.Arrays.stream(resolver.getResources("classpath:criteria/*.json"))
				.map(org.springframework.core.io.Resource::getFilename).filter(java.util.Objects::nonNull)
				.filter(name -> name.matches("\\d.*\\.json")).sorted().toList();
	}

	/**
	 * Loads a scorecard file ({@code ocop-criteria/1}); refused as a whole, with every problem named, if it breaks
	 * a rule of the format, and with 409 if a scorecard with its code exists. A product set missing from the
	 * regulation's taxonomy is added from the file.
	 */
	@Transactional
	public ScorecardSummary loadScorecard(String source, String loadedBy) {
		Scorecard scorecard = parser.parse(source);
		if (scorecards.existsById(scorecard.code())) {
			throw vn.ocop.shared.BusinessRuleException.conflict("criteria.scorecard.exists", scorecard.code());
		}
		var set = productSets.findById(scorecard.productSetCode());
		if (set.isPresent() && !set.get().toProductSet().regulationCode().equals(scorecard.regulationCode())) {
			throw new ImportProblems(List.of(new Problem(0, "criteria.scorecard.productSetRegulation", scorecard.code(),
					set.get().toProductSet().regulationCode())));
		}
		return summary(store(scorecard, source, ScorecardEntry.Origin.UPLOADED, loadedBy));
	}

	ScorecardEntry store(Scorecard scorecard, String source, ScorecardEntry.Origin origin, String loadedBy) {
		if (!productSets.existsById(scorecard.productSetCode())) {
			var node = JsonMapper.builder().build().readTree(source).path("productSet");
			String group = node.path("group").asString("");
			String sector = node.path("sector").asString("");
			productSets.save(new ProductSetEntry(new ProductSet(scorecard.productSetCode(), scorecard.regulationCode(),
					scorecard.name(), shortCode(group), group, shortCode(sector), sector, node.path("ministry").asString(""))));
			cache.clear();
		}
		var entry = scorecards.saveAndFlush(new ScorecardEntry(scorecard, source, origin, clock.instant(), loadedBy));
		scorecardCache.put(scorecard.code(), scorecard);
		return entry;
	}

	/** A name as a code of at most 32 characters (a scorecard file names its group and sector without codes). */
	static String shortCode(String name) {
		return name.length() <= 32 ? name : name.substring(0, 23) + "~" + String.format("%08x", name.hashCode());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScorecardSummary> scorecards() {
		List<ScorecardEntry> all = scorecards.findAllByOrderByCode();
		Map<String, Integer> latest = new java.util.HashMap<>();
		for (ScorecardEntry e : all) {
			latest.merge(setOf(e), e.getVersion(), Math::max);
		}
		return all.stream().map(e -> summary(e, latest.get(setOf(e)) == e.getVersion()))
				.sorted(java.util.Comparator.comparing(ScorecardSummary::productSetCode)
						.thenComparingInt(ScorecardSummary::version))
				.toList();
	}

	private static String setOf(ScorecardEntry e) {
		return e.getProductSetCode() == null ? e.getCode() : e.getProductSetCode();
	}

	/** The published versions of a product set's scorecard, newest first. */
	@Transactional(readOnly = true)
	public List<ScorecardSummary> versions(String productSetCode) {
		List<ScorecardEntry> found = scorecards.findByProductSetCodeOrderByVersionDesc(productSetCode);
		List<ScorecardSummary> result = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			result.add(summary(found.get(i), i == 0));
		}
		return result;
	}

	/** The newest published version of a product set's scorecard: the one a session opened now scores on. */
	@Transactional(readOnly = true)
	public Optional<Scorecard> latestScorecard(String productSetCode) {
		return scorecards.findByProductSetCodeOrderByVersionDesc(productSetCode).stream().findFirst()
				.flatMap(e -> scorecard(e.getCode()));
	}

	@Override
	@Transactional
	public void recordUse(String scorecardCode, java.time.Instant openedAt) {
		scorecards.findById(scorecardCode).ifPresent(e -> e.usedAt(openedAt));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Scorecard> scorecard(String code) {
		Scorecard cached = scorecardCache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Scorecard> found = scorecards.findById(code).map(e -> parser.parse(e.getSourceJson()));
		found.ifPresent(s -> scorecardCache.put(code, s));
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
	@Transactional(readOnly = true)
	public Optional<ScorecardSummary> summary(String code) {
		return scorecards.findById(code).map(this::summary);
	}

	/** The document of a published scorecard, as it was accepted (format {@code ocop-criteria/1}). */
	@Transactional(readOnly = true)
	public Optional<String> source(String code) {
		return scorecards.findById(code).map(ScorecardEntry::getSourceJson);
	}

	ScorecardParser parser() {
		return parser;
	}

	/**
	 * Loads a regulation's taxonomy (CSV with the columns of {@code 1048-taxonomy.csv}); refused as a whole, with
	 * every problem, if any row is bad or the regulation is unknown or already has a taxonomy.
	 */
	@Transactional
	public int importTaxonomy(String regulationCode, Reader csv) throws IOException {
		List<Problem> problems = new ArrayList<>();
		if (regulation(regulationCode).isEmpty()) {
			problems.add(new Problem(0, "criteria.regulation.unknown", regulationCode));
		}
		else if (productSets.existsByRegulationCode(regulationCode)) {
			problems.add(new Problem(0, "criteria.taxonomy.exists", regulationCode));
		}
		List<ProductSet> sets = new ArrayList<>();
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (var parser = format.parse(csv)) {
			if (!parser.getHeaderNames().equals(TAXONOMY_HEADER)) {
				problems.add(new Problem(1, "criteria.taxonomy.header", String.join(",", TAXONOMY_HEADER)));
				throw new ImportProblems(problems);
			}
			var seen = new HashSet<String>();
			for (CSVRecord row : parser) {
				int line = (int) row.getRecordNumber() + 1;
				if (row.size() != TAXONOMY_HEADER.size()) {
					problems.add(new Problem(line, "criteria.taxonomy.columns", TAXONOMY_HEADER.size(), row.size()));
					continue;
				}
				boolean blank = false;
				for (String column : TAXONOMY_HEADER) {
					if (row.get(column).isBlank()) {
						problems.add(new Problem(line, "criteria.taxonomy.blank", column));
						blank = true;
					}
				}
				if (blank) {
					continue;
				}
				String code = row.get("product_set_code");
				if (!seen.add(code)) {
					problems.add(new Problem(line, "criteria.taxonomy.duplicate", code));
					continue;
				}
				if (productSets.existsById(code)) {
					problems.add(new Problem(line, "criteria.taxonomy.codeTaken", code));
					continue;
				}
				sets.add(new ProductSet(code, regulationCode, row.get("product_set"), row.get("group_code"),
						row.get("group"), row.get("sector_code"), row.get("sector"), row.get("lead_ministry")));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
			problems.add(new Problem(0, "criteria.taxonomy.unreadable", e.getMessage()));
		}
		if (sets.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "criteria.taxonomy.empty"));
		}
		if (!problems.isEmpty()) {
			throw new ImportProblems(problems);
		}
		productSets.saveAll(sets.stream().map(ProductSetEntry::new).toList());
		cache.clear();
		return sets.size();
	}

	@Transactional
	public int importTaxonomy(String regulationCode, String csv) throws IOException {
		return importTaxonomy(regulationCode, new StringReader(csv));
	}

	/**
	 * The regulation a dossier filed on the day is evaluated under: the one in force on its filing date (26/2026
	 * Điều 12.2: a dossier filed before 22/5/2026 finishes under 148/1489, by the day its transition sets), never
	 * the one of the product's registration. 422 for a day before any regulation.
	 */
	@Override
	public RuleChoice ruleFor(java.time.LocalDate filedOn, DossierType type) {
		Regulation chosen = regulations.stream().filter(r -> r.inForceOn(filedOn)).findFirst()
				.orElseThrow(() -> vn.ocop.shared.BusinessRuleException.unprocessable("criteria.rule.none",
						filedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
		for (Regulation successor : regulations) {
			var transition = successor.transition();
			if (transition != null && filedOn.isBefore(transition.filedBefore())
					&& transition.continueUnder().contains(chosen.code())) {
				Integer days = transition.finishWithinDays().get(type);
				java.time.LocalDate start = successor.effectiveFrom() == null ? transition.filedBefore() : successor.effectiveFrom();
				return new RuleChoice(chosen, filedOn, type, true, days == null ? null : start.plusDays(days),
						successor.code());
			}
		}
		return new RuleChoice(chosen, filedOn, type, false, null, null);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Scorecard> scorecardFor(String productSetCode, String taxonomyCode) {
		String taxonomy = taxonomyRegulation(taxonomyCode);
		return productSetUnder(productSetCode, taxonomy).flatMap(s -> latestScorecard(s.code()))
				.filter(s -> s.regulationCode().equals(taxonomy));
	}

	@Override
	public List<Regulation> regulations() {
		return regulations;
	}

	@Override
	public Optional<Regulation> regulation(String code) {
		return regulations.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductSet> productSets(String regulationCode) {
		return productSets.findByRegulationCodeOrderByCode(taxonomyRegulation(regulationCode)).stream()
				.map(ProductSetEntry::toProductSet).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductSet> productSet(String code) {
		ProductSet cached = cache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<ProductSet> found = productSets.findById(code).map(ProductSetEntry::toProductSet);
		found.ifPresent(s -> cache.put(code, s));
		return found;
	}

	@Override
	public String taxonomyRegulation(String regulationCode) {
		Taxonomy taxonomy = taxonomies.get(regulationCode);
		return taxonomy == null ? regulationCode : taxonomy.taxonomyRegulationCode();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductSetMapping> productSetAcrossTaxonomies(String productSetCode) {
		// the sets this one became (following the mapping forward) and the sets it came from (backward), so that
		// 1048-09 reaches 148-08 without bringing in 1048-08, which merged into the same set
		var linked = new java.util.LinkedHashMap<String, String>();
		linked.put(productSetCode, "");
		for (boolean forward : new boolean[] { true, false }) {
			var queue = new java.util.ArrayDeque<String>(List.of(productSetCode));
			while (!queue.isEmpty()) {
				String code = queue.poll();
				for (Mapping mapping : mappings) {
					String from = forward ? mapping.fromCode() : mapping.toCode();
					String to = forward ? mapping.toCode() : mapping.fromCode();
					if (from.equals(code) && !linked.containsKey(to)) {
						linked.put(to, mapping.note());
						queue.add(to);
					}
				}
			}
		}
		List<ProductSetMapping> result = new ArrayList<>();
		for (String regulation : taxonomies.values().stream().map(Taxonomy::taxonomyRegulationCode).distinct().toList()) {
			var sets = linked.entrySet().stream().map(e -> productSet(e.getKey()).map(ps -> Map.entry(ps, e.getValue())))
					.flatMap(Optional::stream).filter(e -> e.getKey().regulationCode().equals(regulation)).toList();
			if (sets.isEmpty()) {
				result.add(new ProductSetMapping(regulation, null, ""));
			}
			for (var e : sets) {
				result.add(new ProductSetMapping(regulation, e.getKey(), e.getValue()));
			}
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductSet> productSetUnder(String productSetCode, String regulationCode) {
		String target = taxonomyRegulation(regulationCode);
		return productSetAcrossTaxonomies(productSetCode).stream()
				.filter(m -> m.regulationCode().equals(target) && m.productSet() != null)
				.map(ProductSetMapping::productSet).findFirst();
	}
}
