package vn.ocop.criteria;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * A regulation's taxonomy as a CSV file with the columns of {@code 1048-taxonomy.csv}: its product sets, or every
 * problem of the file at once (header, columns, blank cells, repeated or taken codes).
 */
final class TaxonomyFile {

	static final List<String> HEADER = List.of("product_set_code", "product_set", "group_code", "group",
			"sector_code", "sector", "lead_ministry");

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

	private TaxonomyFile() {
	}

	/**
	 * The product sets of the file under the regulation; problems found before reading it ({@code problems}) are
	 * reported with the file's own, all at once.
	 *
	 * @param taken whether a product set code is already in use
	 */
	static List<ProductSet> read(String regulationCode, Reader csv, Predicate<String> taken, List<Problem> problems)
			throws IOException {
		List<ProductSet> sets = new ArrayList<>();
		try (var parser = FORMAT.parse(csv)) {
			if (!parser.getHeaderNames().equals(HEADER)) {
				problems.add(new Problem(1, "criteria.taxonomy.header", String.join(",", HEADER)));
				throw new ImportProblems(problems);
			}
			var seen = new HashSet<String>();
			for (CSVRecord row : parser) {
				int line = (int) row.getRecordNumber() + 1;
				if (row.size() != HEADER.size()) {
					problems.add(new Problem(line, "criteria.taxonomy.columns", HEADER.size(), row.size()));
					continue;
				}
				boolean blank = false;
				for (String column : HEADER) {
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
				if (taken.test(code)) {
					problems.add(new Problem(line, "criteria.taxonomy.codeTaken", code));
					continue;
				}
				sets.add(productSet(row, regulationCode));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
			problems.add(new Problem(0, "criteria.taxonomy.unreadable", e.getMessage()));
		}
		if (sets.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "criteria.taxonomy.empty"));
		}
		if (!problems.isEmpty()) {
			throw new ImportProblems(problems);
		}
		return sets;
	}

	/** The product set of a row of a taxonomy file. */
	static ProductSet productSet(CSVRecord row, String regulationCode) {
		return new ProductSet(row.get("product_set_code"), regulationCode, row.get("product_set"),
				row.get("group_code"), row.get("group"), row.get("sector_code"), row.get("sector"),
				row.get("lead_ministry"));
	}
}
