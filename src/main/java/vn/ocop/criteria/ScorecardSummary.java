package vn.ocop.criteria;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published scorecard as listed.
 *
 * @param code the key of the version, e.g. {@code 26-2026-24} or {@code 26-2026-24.v2}
 * @param productSetCode the product set it scores
 * @param version 1, 2, … within the product set
 * @param origin {@code SHIPPED}, {@code UPLOADED} or {@code AUTHORED}
 * @param publishedAt when it was loaded or published
 * @param publishedBy who loaded or published it ({@code system} for a shipped one)
 * @param firstUsedAt when a session first scored on it, if ever
 * @param latest whether it is the newest version of its product set, the one new sessions use
 */
public record ScorecardSummary(String code, String regulation, String productSetCode, String name, int maxPoints,
		int version, String origin, Instant publishedAt, String publishedBy, @Nullable Instant firstUsedAt,
		boolean latest) {

	public boolean used() {
		return firstUsedAt != null;
	}
}
