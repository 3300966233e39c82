package vn.ocop.criteria;

import org.springframework.stereotype.Service;

/**
 * Changes to the criteria catalogue: loading scorecards (provincial office only, checked by the caller).
 */
@Service
public class CriteriaManagement {

	private final CriteriaCatalog catalog;

	CriteriaManagement(CriteriaCatalog catalog) {
		this.catalog = catalog;
	}

	/** Loads a scorecard file; see {@link CriteriaCatalog#loadScorecard(String, String)}. */
	public ScorecardSummary loadScorecard(String source, String loadedBy) {
		return catalog.loadScorecard(source, loadedBy);
	}
}
