package vn.ocop.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A national decision that sets the OCOP criteria and procedure: who evaluates and recognises which star level,
 * validity, the dossier by type, deadlines, evaluation rounds and what happens to dossiers filed before it. Loaded
 * from {@code criteria/regulations.json}, not hard-coded.
 *
 * @param code e.g. {@code 1048/QĐ-TTg}
 * @param title the decision's title
 * @param date the decision's date
 * @param effectiveFrom the first filing date it applies to
 * @param effectiveUntil the first filing date it no longer applies to (a successor took over), if any
 * @param amends the decision it amends (1489 amends 148), if any
 * @param amendments later decisions folded into it (781 into 1048)
 * @param taxonomy the regulation whose product sets and scorecards it uses (1489 uses those of 148)
 * @param partMaxPoints maximum points per part (A, B, C)
 * @param certificateValidityMonths how long a certificate issued under it is valid
 * @param filingAuthority the level whose People's Committee receives the producer's dossier
 * @param levels the evaluation levels in order, each screening, pre-assessing or recognising a range of stars
 * @param rounds the evaluation rounds each level holds in a year
 * @param deadlines the deadlines it sets
 * @param dossiers the documents a producer files, by dossier type
 * @param transition how dossiers filed before it took effect are finished
 */
public record Regulation(String code, String title, LocalDate date, @Nullable LocalDate effectiveFrom,
		@Nullable LocalDate effectiveUntil, @Nullable String amends, @Nullable List<Amendment> amendments,
		@Nullable String taxonomy, Map<String, Integer> partMaxPoints, int certificateValidityMonths,
		@Nullable String filingAuthority, List<Level> levels, @Nullable List<Round> rounds,
		@Nullable Deadlines deadlines, @Nullable Map<DossierType, List<String>> dossiers,
		@Nullable Transition transition) {

	/** A regulation with its levels only (no dates, dossier or transition data). */
	public Regulation(String code, String title, LocalDate date, Map<String, Integer> partMaxPoints,
			int certificateValidityMonths, List<Level> levels) {
		this(code, title, date, null, null, null, null, null, partMaxPoints, certificateValidityMonths, null,
				levels, null, null, null, null);
	}

	/** A later decision folded into this one. */
	public record Amendment(String code, LocalDate date, String note) {
	}

	/**
	 * What one administrative level does under this regulation.
	 *
	 * @param role {@code SCREEN} (scores and passes on), {@code PRE_ASSESS} (checks without scoring and forwards)
	 *        or {@code RECOGNISE}
	 * @param minScore the score a product needs to be taken to this level (90 for the central level)
	 * @param authority who signs the recognition at this level
	 */
	public record Level(String level, String role, @Nullable Integer minStars, @Nullable Integer maxStars,
			@Nullable Integer minScore, @Nullable String authority, String note) {

		public Level(String level, String role, @Nullable Integer minStars, @Nullable Integer maxStars, String note) {
			this(level, role, minStars, maxStars, null, null, note);
		}

		public boolean recognises(int stars) {
			return "RECOGNISE".equals(role) && minStars != null && maxStars != null && stars >= minStars
					&& stars <= maxStars;
		}

		/** Whether this level's council scores products (a pre-assessing level does not). */
		public boolean scores() {
			return !"PRE_ASSESS".equals(role);
		}
	}

	/** An evaluation round: proposals reach the level by one day of the year, results by another ("MM-dd"). */
	public record Round(String level, String proposalsBy, String evaluatedBy) {
	}

	/**
	 * Deadlines, in days unless said otherwise; {@code null} where the regulation sets none.
	 *
	 * @param expiryNoticeDaysBefore the issuer notifies the producer this many days before expiry (148)
	 * @param renewalFilingFromDaysBeforeExpiry the producer files a re-evaluation from this many days before expiry
	 * @param renewalFilingUntilDaysBeforeExpiry … until this many days before expiry (26/2026: 180–120)
	 * @param preAssessmentWorkingDays working days the commune has to pre-assess and forward (26/2026: 15)
	 * @param reEvaluationDays days from a complete re-evaluation dossier to the decision (26/2026: 45)
	 */
	public record Deadlines(@Nullable Integer expiryNoticeDaysBefore, @Nullable Integer renewalFilingFromDaysBeforeExpiry,
			@Nullable Integer renewalFilingUntilDaysBeforeExpiry, @Nullable Integer preAssessmentWorkingDays,
			@Nullable Integer reEvaluationDays) {
	}

	/**
	 * Dossiers filed before {@code filedBefore} continue under the earlier regulations, to be finished within
	 * {@code finishWithinDays} (by dossier type) of the new regulation taking effect.
	 */
	public record Transition(LocalDate filedBefore, List<String> continueUnder, Map<DossierType, Integer> finishWithinDays,
			boolean certificatesStayValid, @Nullable Integer graceDaysAfterExpiry, String note) {
	}

	/** The level whose council recognises the given star level, e.g. PROVINCE for 4★ under 1048. */
	public @Nullable String recognisingLevel(int stars) {
		return levels.stream().filter(l -> l.recognises(stars)).map(Level::level).findFirst().orElse(null);
	}

	/** The level's rule, if the regulation gives the level a role. */
	public java.util.Optional<Level> level(String level) {
		return levels.stream().filter(l -> l.level().equals(level)).findFirst();
	}

	/** The regulation whose product sets and scorecards apply (itself unless it amends another's procedure only). */
	public String taxonomyCode() {
		return taxonomy == null ? code : taxonomy;
	}

	/** Whether a dossier filed on the day falls under this regulation (ignoring transitions). */
	public boolean inForceOn(LocalDate day) {
		return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveUntil == null || day.isBefore(effectiveUntil));
	}

	/** The document types a dossier of the type must contain, or an empty list if the data does not say. */
	public List<String> dossierDocuments(DossierType type) {
		return dossiers == null ? List.of() : dossiers.getOrDefault(type, List.of());
	}
}
