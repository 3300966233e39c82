package vn.ocop.criteria;

import java.util.List;
import java.util.Optional;

/**
 * Regulations and their taxonomies, as other modules see them.
 */
public interface CriteriaApi {

	List<Regulation> regulations();

	Optional<Regulation> regulation(String code);

	/** The product sets of a regulation's taxonomy, ordered by code. */
	List<ProductSet> productSets(String regulationCode);

	Optional<ProductSet> productSet(String code);

	/** Every loaded scorecard, ordered by code. */
	List<ScorecardSummary> scorecards();

	/** The scorecard of a product set (its code is the product set code, e.g. {@code 1048-01}). */
	Optional<Scorecard> scorecard(String code);

	/**
	 * The regulation whose taxonomy (and scorecards) a regulation uses: itself, or the regulation it amends
	 * (1489/QĐ-TTg uses the product sets of 148/QĐ-TTg).
	 */
	String taxonomyRegulation(String regulationCode);

	/**
	 * The same product set under every taxonomy, oldest first (e.g. 1048-10 → 148-09 → 26-2026-09), from the
	 * mapping data {@code criteria/taxonomy-mapping.csv}; an entry without a set where a taxonomy has none.
	 */
	List<ProductSetMapping> productSetAcrossTaxonomies(String productSetCode);

	/** The product set that a set of any taxonomy becomes under the given regulation. */
	Optional<ProductSet> productSetUnder(String productSetCode, String regulationCode);
}
