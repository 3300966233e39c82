package vn.ocop.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * A product whose dossier could not be scored today: its product set has no published scorecard under the
 * regulation the dossier falls under (issue 14, "no dead ends"), said at registration, at submission, on the product
 * page and in the office's list, rather than discovered when a council cannot put it into a session.
 *
 * @param productSetCode the product's set as registered
 * @param regulationCode the regulation its (next or last) dossier falls under, by filing day and type
 * @param taxonomyCode the regulation whose product sets and scorecards that regulation uses
 */
public record ScorecardGap(String productSetCode, String regulationCode, String taxonomyCode) {

	/** The statuses of products still on their way to a score. */
	static final Set<ProductStatus> ON_THE_WAY = EnumSet.of(ProductStatus.IDEA_REGISTERED, ProductStatus.SELECTED,
			ProductStatus.SUBMITTED, ProductStatus.UNDER_EVALUATION);
}
