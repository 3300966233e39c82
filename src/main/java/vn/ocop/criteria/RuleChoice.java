package vn.ocop.criteria;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The regulation a dossier is evaluated under, chosen from its filing date and type
 * ({@link CriteriaApi#ruleFor(LocalDate, DossierType)}).
 *
 * @param regulation the regulation whose procedure applies (levels, dossier, deadlines)
 * @param filedOn the filing date it was chosen for
 * @param type the dossier type
 * @param transitional whether it applies only because a successor's transition rule keeps it for this dossier
 * @param finishBy the day by which a transitional dossier must be finished (26/2026 Điều 12.2), if any
 * @param successor the regulation in force that sent the dossier back to this one, if transitional
 */
public record RuleChoice(Regulation regulation, LocalDate filedOn, DossierType type, boolean transitional,
		@Nullable LocalDate finishBy, @Nullable String successor) {

	/** The regulation whose product sets and scorecards are used. */
	public String scorecardRegulation() {
		return regulation.taxonomyCode();
	}
}
