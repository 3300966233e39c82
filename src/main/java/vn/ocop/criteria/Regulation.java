package vn.ocop.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A national decision that sets the OCOP criteria and who evaluates and recognises which star level. Loaded from
 * {@code criteria/regulations.json}, not hard-coded.
 *
 * @param code e.g. {@code 1048/QĐ-TTg}
 * @param title the decision's title
 * @param date the decision's date
 * @param partMaxPoints maximum points per part (A, B, C)
 * @param certificateValidityMonths how long a certificate issued under it is valid
 * @param levels the evaluation levels in order, each screening or recognising a range of stars
 */
public record Regulation(String code, String title, LocalDate date, Map<String, Integer> partMaxPoints,
		int certificateValidityMonths, List<Level> levels) {

	/** What one administrative level's council does under this regulation. */
	public record Level(String level, String role, @Nullable Integer minStars, @Nullable Integer maxStars, String note) {

		public boolean recognises(int stars) {
			return "RECOGNISE".equals(role) && minStars != null && maxStars != null && stars >= minStars
					&& stars <= maxStars;
		}
	}

	/** The level whose council recognises the given star level, e.g. PROVINCE for 4★ under 1048. */
	public @Nullable String recognisingLevel(int stars) {
		return levels.stream().filter(l -> l.recognises(stars)).map(Level::level).findFirst().orElse(null);
	}
}
