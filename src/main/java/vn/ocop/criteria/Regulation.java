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
 * @param revocation the legal grounds of a revocation and its deadline, if the data gives them
 */
public record Regulation(String code, String title, LocalDate date, @Nullable LocalDate effectiveFrom,
		@Nullable LocalDate effectiveUntil, @Nullable String amends, @Nullable List<Amendment> amendments,
		@Nullable String taxonomy, Map<String, Integer> partMaxPoints, int certificateValidityMonths,
		@Nullable String filingAuthority, List<Level> levels, @Nullable List<Round> rounds,
		@Nullable Deadlines deadlines, @Nullable Map<DossierType, List<String>> dossiers,
		@Nullable Transition transition, @Nullable Revocation revocation) {

	/** A regulation with its levels only (no dates, dossier or transition data). */
	public Regulation(String code, String title, LocalDate date, Map<String, Integer> partMaxPoints,
			int certificateValidityMonths, List<Level> levels) {
		this(code, title, date, null, null, null, null, null, partMaxPoints, certificateValidityMonths, null,
				levels, null, null, null, null, null);
	}

	/** The same regulation without revocation data. */
	public Regulation(String code, String title, LocalDate date, @Nullable LocalDate effectiveFrom,
			@Nullable LocalDate effectiveUntil, @Nullable String amends, @Nullable List<Amendment> amendments,
			@Nullable String taxonomy, Map<String, Integer> partMaxPoints, int certificateValidityMonths,
			@Nullable String filingAuthority, List<Level> levels, @Nullable List<Round> rounds,
			@Nullable Deadlines deadlines, @Nullable Map<DossierType, List<String>> dossiers,
			@Nullable Transition transition) {
		this(code, title, date, effectiveFrom, effectiveUntil, amends, amendments, taxonomy, partMaxPoints,
				certificateValidityMonths, filingAuthority, levels, rounds, deadlines, dossiers, transition, null);
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
	 * @param signature how the level's decisions and certificates are signed
	 */
	public record Level(String level, String role, @Nullable Integer minStars, @Nullable Integer maxStars,
			@Nullable Integer minScore, @Nullable String authority, String note, @Nullable Signature signature) {

		public Level(String level, String role, @Nullable Integer minStars, @Nullable Integer maxStars, String note) {
			this(level, role, minStars, maxStars, null, null, note, null);
		}

		public Level(String level, String role, @Nullable Integer minStars, @Nullable Integer maxStars,
				@Nullable Integer minScore, @Nullable String authority, String note) {
			this(level, role, minStars, maxStars, minScore, authority, note, null);
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

	/**
	 * How a level's documents are signed (Nghị định 30/2020/NĐ-CP on official documents): the issuing body, "TM."
	 * for a collective body (the People's Committee) and "KT." when a deputy signs for the head.
	 *
	 * @param body the issuing body, e.g. {@code Ủy ban nhân dân} (followed by the unit's name when
	 *        {@code unitNamed}) or {@code Bộ Nông nghiệp và Môi trường}
	 * @param unitNamed whether the body is named after the administrative unit (UBND tỉnh Hà Tĩnh)
	 * @param onBehalf the line for a collective body, e.g. {@code TM. ỦY BAN NHÂN DÂN}; {@code null} for a ministry
	 * @param head the head's title, e.g. {@code CHỦ TỊCH}, {@code BỘ TRƯỞNG}
	 * @param deputy a deputy's title, e.g. {@code PHÓ CHỦ TỊCH}, {@code THỨ TRƯỞNG}
	 */
	public record Signature(String body, boolean unitNamed, @Nullable String onBehalf, String head, String deputy) {

		/** The body's full name, e.g. "Ủy ban nhân dân tỉnh Hà Tĩnh" for the unit named "Tỉnh Hà Tĩnh". */
		public String bodyOf(@Nullable String unitName) {
			if (!unitNamed || unitName == null || unitName.isBlank()) {
				return body;
			}
			String unit = unitName.strip();
			return body + " " + unit.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + unit.substring(1);
		}

		/** The lines above the signer's name: "TM. ỦY BAN NHÂN DÂN", then "CHỦ TỊCH", or "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH". */
		public List<String> block(boolean deputySigns) {
			var lines = new java.util.ArrayList<String>();
			if (onBehalf != null && !onBehalf.isBlank()) {
				lines.add(onBehalf);
			}
			if (deputySigns) {
				lines.add("KT. " + head);
				lines.add(deputy);
			}
			else {
				lines.add(head);
			}
			return lines;
		}
	}

	/**
	 * What the regulation says about revoking a recognition.
	 *
	 * @param article where it says it, e.g. {@code Điều 8 Quyết định 26/2026/QĐ-TTg}; {@code null} if it does not
	 * @param deliverWithinDays days from the conclusion within which the decision reaches the producer (26/2026: 15)
	 * @param note what the data stands on
	 * @param grounds the legal grounds an officer picks one of
	 */
	public record Revocation(@Nullable String article, @Nullable Integer deliverWithinDays, String note,
			List<Ground> grounds) {

		public java.util.Optional<Ground> ground(@Nullable String code) {
			return grounds.stream().filter(g -> g.code().equals(code)).findFirst();
		}
	}

	/** A ground of revocation; some need the legal basis spelled out (the provincial rules, another authority's conclusion). */
	public record Ground(String code, String text, boolean legalBasisRequired) {
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
	 * @param reminderDaysBeforeExpiry the days before expiry at which producer and officers are reminded (26/2026:
	 *        as the filing window opens and 15 days before it closes); {@code null}: the office's settings
	 */
	public record Deadlines(@Nullable Integer expiryNoticeDaysBefore, @Nullable Integer renewalFilingFromDaysBeforeExpiry,
			@Nullable Integer renewalFilingUntilDaysBeforeExpiry, @Nullable Integer preAssessmentWorkingDays,
			@Nullable Integer reEvaluationDays, @Nullable List<Integer> reminderDaysBeforeExpiry) {

		public Deadlines(@Nullable Integer expiryNoticeDaysBefore, @Nullable Integer renewalFilingFromDaysBeforeExpiry,
				@Nullable Integer renewalFilingUntilDaysBeforeExpiry, @Nullable Integer preAssessmentWorkingDays,
				@Nullable Integer reEvaluationDays) {
			this(expiryNoticeDaysBefore, renewalFilingFromDaysBeforeExpiry, renewalFilingUntilDaysBeforeExpiry,
					preAssessmentWorkingDays, reEvaluationDays, null);
		}
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
