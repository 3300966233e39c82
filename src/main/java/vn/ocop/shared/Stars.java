package vn.ocop.shared;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An OCOP rank: 1 to 5 stars (hạng sao). Only 3★ and more are rated and certified (3★ and 4★ recognised by the
 * province, 5★ by the Minister); 1★ and 2★ are what a score too low reaches. Records and columns keep the plain
 * number; this type holds the rules on it and how it is written ({@code ★★★}).
 *
 * <p>Which score reaches which stars is the regulation's, kept as data with each scorecard (its star bands in the
 * criteria/*.json files, read by {@code Scorecard.starsFor}). The bands every regulation so far prints (26/2026
 * Điều 3.3: 5★ from 90, 4★ from 70, 3★ from 50, 2★ from 30, 1★ below; the bands half-open) are here as
 * {@link #minScore()} and {@link #forScore}: what a new scorecard starts with, and the 90 points of 5★ that the
 * central council's result is checked against.
 */
public record Stars(int count) implements Comparable<Stars> {

	public static final int MIN = 1;
	public static final int MAX = 5;
	/** The fewest stars a product is rated and certified with. */
	public static final int CERTIFIABLE = 3;
	/** 5★ needs 90 points or more under every regulation so far (1048/QĐ-TTg, 148/QĐ-TTg and 26/2026/QĐ-TTg). */
	public static final int FIVE_STAR_MIN_SCORE = 90;

	private static final int[] MIN_SCORES = { 0, 30, 50, 70, FIVE_STAR_MIN_SCORE };

	private static final Stars[] ALL = { new Stars(1), new Stars(2), new Stars(3), new Stars(4), new Stars(5) };

	public Stars {
		if (!isValid(count)) {
			throw new IllegalArgumentException("Stars are 1 to 5: " + count);
		}
	}

	public static Stars of(int count) {
		if (!isValid(count)) {
			throw new IllegalArgumentException("Stars are 1 to 5: " + count);
		}
		return ALL[count - 1];
	}

	/** Whether the number is a rank at all: 1 to 5 ({@code null} is not). */
	public static boolean isValid(@Nullable Integer count) {
		return count != null && count >= MIN && count <= MAX;
	}

	/** Whether a product with this many stars is rated and may be certified: 3 to 5. */
	public static boolean isCertifiable(@Nullable Integer count) {
		return isValid(count) && count >= CERTIFIABLE;
	}

	/** Whether the score allows 5★ (90 points or more). */
	public static boolean allowsFiveStars(BigDecimal score) {
		return score.compareTo(BigDecimal.valueOf(FIVE_STAR_MIN_SCORE)) >= 0;
	}

	/** The rank a score of 0–100 reaches in the bands every regulation so far prints; 1★ below 30 points. */
	public static Stars forScore(BigDecimal score) {
		for (int count = MAX; count > MIN; count--) {
			if (score.compareTo(BigDecimal.valueOf(MIN_SCORES[count - 1])) >= 0) {
				return of(count);
			}
		}
		return of(MIN);
	}

	/** The least score of this rank in the bands every regulation so far prints: 0, 30, 50, 70 or 90. */
	public int minScore() {
		return MIN_SCORES[count - 1];
	}

	public boolean isCertifiable() {
		return count >= CERTIFIABLE;
	}

	/** The next rank up, none above 5★. */
	public Optional<Stars> next() {
		return count == MAX ? Optional.empty() : Optional.of(of(count + 1));
	}

	/** The rank {@code by} stars lower, none below 1★. */
	public Optional<Stars> lowerBy(int by) {
		return isValid(count - by) ? Optional.of(of(count - by)) : Optional.empty();
	}

	/** {@code ★★★}. */
	public String symbols() {
		return symbols(count);
	}

	/** {@code ★★★☆☆}: the stars out of five. */
	public String outOfFive() {
		return outOfFive(count);
	}

	@Override
	public int compareTo(Stars other) {
		return Integer.compare(count, other.count);
	}

	@Override
	public String toString() {
		return count + "★";
	}

	/** {@code ★★★} for 3; nothing for 0 or less (no stars). */
	public static String symbols(int count) {
		return "★".repeat(Math.max(0, Math.min(count, MAX)));
	}

	/** {@code ★★★☆☆} for 3; {@code ☆☆☆☆☆} for no stars. */
	public static String outOfFive(int count) {
		int filled = Math.max(0, Math.min(count, MAX));
		return "★".repeat(filled) + "☆".repeat(MAX - filled);
	}
}
