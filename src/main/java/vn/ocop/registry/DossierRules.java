package vn.ocop.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.RuleChoice;

/**
 * Which regulation a product's dossier falls under and so which documents it needs: the type (first time, or
 * re-evaluation for a recognised or expired product) and the filing day (today; a first dossier of an earlier
 * year's cycle is taken as filed by the end of that year) choose it.
 */
@Component
class DossierRules {

	private final CriteriaApi criteria;
	private final DocumentTypes documentTypes;
	private final Clock clock;

	DossierRules(CriteriaApi criteria, DocumentTypes documentTypes, Clock clock) {
		this.criteria = criteria;
		this.documentTypes = documentTypes;
		this.clock = clock;
	}

	/** The regulation of the product's dossier: the filed one, or the one it would be filed under today. */
	RuleChoice of(Product product) {
		var summary = product.toSummary("");
		boolean filed = summary.filedOn() != null && summary.dossierType() != null
				&& (product.getStatus() != ProductStatus.CERTIFIED || summary.renewalFiled())
				&& product.getStatus() != ProductStatus.EXPIRED && product.getStatus() != ProductStatus.NOT_RATED;
		if (filed) {
			return criteria.ruleFor(summary.filedOn(), summary.dossierType());
		}
		DossierType type = defaultType(product);
		return criteria.ruleFor(defaultFilingDay(product, type), type);
	}

	RuleChoice of(LocalDate filedOn, DossierType type) {
		return criteria.ruleFor(filedOn, type);
	}

	DossierType defaultType(Product product) {
		return switch (product.getStatus()) {
			case CERTIFIED, EXPIRED, RATED -> DossierType.RE_EVALUATION;
			default -> DossierType.FIRST;
		};
	}

	LocalDate defaultFilingDay(Product product, DossierType type) {
		LocalDate today = LocalDate.now(clock);
		LocalDate endOfCycle = LocalDate.of(product.getCycleYear(), 12, 31);
		return type == DossierType.FIRST && endOfCycle.isBefore(today) ? endOfCycle : today;
	}

	Set<String> requiredDocuments(RuleChoice rule, DossierType type) {
		List<String> listed = rule.regulation().dossierDocuments(type);
		return listed.isEmpty() ? documentTypes.requiredCodes(rule.regulation().code()) : new LinkedHashSet<>(listed);
	}

	/** No dead ends (issue 14): the scorecard the product's dossier would be scored on, when it is missing. */
	Optional<ScorecardGap> scorecardGap(Product product) {
		RuleChoice rule = of(product);
		if (criteria.scorecardFor(product.getProductSetCode(), rule.regulation().code()).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new ScorecardGap(product.getProductSetCode(), rule.regulation().code(),
				rule.scorecardRegulation()));
	}
}
