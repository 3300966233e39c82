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
	 * The scorecard a product of the given set is scored on under a regulation, if a session opened now: the newest
	 * published version of the scorecard of the set it becomes in the regulation's taxonomy ({@link #productSetUnder}).
	 * A session keeps the version it was opened with ({@link #scorecard(String)} by that version's code).
	 */
	Optional<Scorecard> scorecardFor(String productSetCode, String taxonomyCode);

	/**
	 * Notes that a session opened at the given time scores on the scorecard (by its version's code); the earliest
	 * such time is kept. A used scorecard is shown as such and, like every published one, is never changed in place.
	 */
	void recordUse(String scorecardCode, java.time.Instant openedAt);

	/** The product sets of a regulation's taxonomy, ordered by code. */
	List<ProductSet> productSets(String regulationCode);

	Optional<ProductSet> productSet(String code);

	/** Every published scorecard version, ordered by product set and version. */
	List<ScorecardSummary> scorecards();

	/**
	 * A published scorecard version by its code: the product set code for version 1 (e.g. {@code 1048-01}), then
	 * {@code 1048-01.v2} …
	 */
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
