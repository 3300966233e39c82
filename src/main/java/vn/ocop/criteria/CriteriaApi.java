package vn.ocop.criteria;

import java.util.List;
import java.util.Optional;

/**
 * Regulations and their taxonomies, as other modules see them.
 */
public interface CriteriaApi {

	List<Regulation> regulations();

	Optional<Regulation> regulation(String code);

	/**
	 * The regulation a dossier filed on the day, of the type, is evaluated under (the rule in force on the filing
	 * date, with the transition of 26/2026 Điều 12 for dossiers filed before 22/5/2026).
	 */
	RuleChoice ruleFor(java.time.LocalDate filedOn, DossierType type);

	/**
	 * The regulation in force on the day by its own dates, without the transition for dossiers: the one whose
	 * procedure governs an act of that day (a revocation, a downgrade), whatever rules the product was rated under.
	 */
	default Optional<Regulation> regulationInForce(java.time.LocalDate day) {
		return regulations().stream().filter(r -> r.inForceOn(day)).reduce((a, b) -> b);
	}

	/**
	 * The scorecard a product of the given set is scored on under a regulation: the one of the set it becomes in
	 * the regulation's taxonomy ({@link #productSetUnder}).
	 */
	Optional<Scorecard> scorecardFor(String productSetCode, String taxonomyCode);

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
