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
}
