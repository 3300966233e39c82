package vn.ocop.criteria;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The regulations' taxonomies of product sets: which taxonomy a regulation uses ({@code criteria/taxonomies.csv}),
 * the taxonomy files shipped with the application loaded into the database (a taxonomy comes with its regulation,
 * which is data of the application too), product sets a scorecard file adds, and the same product set across
 * taxonomies ({@code criteria/taxonomy-mapping.csv}).
 */
@Component
class Taxonomies {

	private static final Logger log = LoggerFactory.getLogger(Taxonomies.class);

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setTrim(true).get();

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
	private final Map<String, ProductSet> cache = new ConcurrentHashMap<>();
	private final Map<String, Taxonomy> taxonomies = new LinkedHashMap<>();
	private final List<Mapping> mappings = new ArrayList<>();

	Taxonomies(ProductSetEntries productSets) throws IOException {
		this.productSets = productSets;
		try (Reader reader = bundled("taxonomies.csv"); var csv = FORMAT.parse(reader)) {
			for (CSVRecord row : csv) {
				taxonomies.put(row.get("regulation_code"), new Taxonomy(row.get("regulation_code"),
						row.get("taxonomy_regulation_code"), row.get("taxonomy_file")));
			}
		}
		try (Reader reader = bundled("taxonomy-mapping.csv"); var csv = FORMAT.parse(reader)) {
			for (CSVRecord row : csv) {
				mappings.add(new Mapping(row.get("from_code"), row.get("to_code"), row.get("note")));
			}
		}
	}

	private static Reader bundled(String file) throws IOException {
		return new InputStreamReader(new ClassPathResource("criteria/" + file).getInputStream(), StandardCharsets.UTF_8);
	}

	/** Adds the product sets of the bundled taxonomy files that the database does not have yet. */
	void loadBundled() throws IOException {
		for (Taxonomy taxonomy : taxonomies.values()) {
			if (!taxonomy.file().isBlank()) {
				int added = loadMissingSets(taxonomy);
				if (added > 0) {
					log.info("Loaded the {} taxonomy: {} product sets", taxonomy.regulationCode(), added);
				}
			}
		}
	}

	private int loadMissingSets(Taxonomy taxonomy) throws IOException {
		List<ProductSetEntry> missing = new ArrayList<>();
		try (Reader reader = bundled(taxonomy.file()); var csv = FORMAT.parse(reader)) {
			for (CSVRecord row : csv) {
				if (!productSets.existsById(row.get("product_set_code"))) {
					missing.add(new ProductSetEntry(productSet(row, taxonomy.regulationCode())));
				}
			}
		}
		productSets.saveAll(missing);
		cache.clear();
		return missing.size();
	}

	/** The product set of a row of a taxonomy file (the columns of {@code 1048-taxonomy.csv}). */
	private static ProductSet productSet(CSVRecord row, String regulationCode) {
		return new ProductSet(row.get("product_set_code"), regulationCode, row.get("product_set"),
				row.get("group_code"), row.get("group"), row.get("sector_code"), row.get("sector"),
				row.get("lead_ministry"));
	}

	/** Adds a product set a scorecard file names and the taxonomy lacks. */
	void add(ProductSet set) {
		productSets.save(new ProductSetEntry(set));
		cache.clear();
	}

	boolean exists(String productSetCode) {
		return productSets.existsById(productSetCode);
	}

	List<ProductSet> productSets(String regulationCode) {
		return productSets.findByRegulationCodeOrderByCode(taxonomyRegulation(regulationCode)).stream()
				.map(ProductSetEntry::toProductSet).toList();
	}

	Optional<ProductSet> productSet(String code) {
		ProductSet cached = cache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<ProductSet> found = productSets.findById(code).map(ProductSetEntry::toProductSet);
		found.ifPresent(s -> cache.put(code, s));
		return found;
	}

	String taxonomyRegulation(String regulationCode) {
		Taxonomy taxonomy = taxonomies.get(regulationCode);
		return taxonomy == null ? regulationCode : taxonomy.taxonomyRegulationCode();
	}

	List<ProductSetMapping> productSetAcrossTaxonomies(String productSetCode) {
		// the sets this one became (following the mapping forward) and the sets it came from (backward), so that
		// 1048-09 reaches 148-08 without bringing in 1048-08, which merged into the same set
		var linked = new LinkedHashMap<String, String>();
		linked.put(productSetCode, "");
		for (boolean forward : new boolean[] { true, false }) {
			var queue = new ArrayDeque<String>(List.of(productSetCode));
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

	Optional<ProductSet> productSetUnder(String productSetCode, String regulationCode) {
		String target = taxonomyRegulation(regulationCode);
		return productSetAcrossTaxonomies(productSetCode).stream()
				.filter(m -> m.regulationCode().equals(target) && m.productSet() != null)
				.map(ProductSetMapping::productSet).findFirst();
	}
}
