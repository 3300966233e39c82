package vn.ocop.criteria;

import org.jspecify.annotations.Nullable;

/**
 * Where a product set stands under one regulation's taxonomy: the same set under its code and name there, or
 * none when that taxonomy has no such set (e.g. 1048-21 medical devices under 148).
 *
 * @param regulationCode the regulation whose taxonomy this is, e.g. {@code 148/QĐ-TTg}
 * @param productSet the set under that taxonomy, if any
 * @param note what changed, e.g. "1048-08 và 1048-09 gộp thành 148-08"
 */
public record ProductSetMapping(String regulationCode, @Nullable ProductSet productSet, String note) {
}
