package vn.ocop.certification;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.ocop.criteria.Regulation;

/**
 * What the regulation in force on a day says about revoking a recognition: the grounds to pick from and the days
 * within which the decision reaches the producer.
 *
 * @param regulationCode the regulation, e.g. {@code 26/2026/QĐ-TTg}
 * @param article where it says it, e.g. {@code Điều 8 Quyết định 26/2026/QĐ-TTg}
 * @param deliverWithinDays days from the conclusion (26/2026: 15), if it sets any
 * @param note what the data stands on
 * @param grounds the grounds
 */
public record RevocationRules(String regulationCode, @Nullable String article, @Nullable Integer deliverWithinDays,
		String note, List<Regulation.Ground> grounds) {
}
