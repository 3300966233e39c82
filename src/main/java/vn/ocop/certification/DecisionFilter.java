package vn.ocop.certification;

import org.jspecify.annotations.Nullable;

/**
 * Which decisions to list: all of a kind (recognitions unless told), or those of a year, of a deciding level, of
 * products rated under a regulation.
 *
 * @param year the year the decision was signed
 * @param level the level whose authority decided
 * @param regulationCode the regulation of at least one of its products
 * @param kind recognition, downgrade or revocation; recognition when absent
 */
public record DecisionFilter(@Nullable Integer year, @Nullable IssuingLevel level, @Nullable String regulationCode,
		@Nullable DecisionKind kind) {

	public DecisionKind kindOrRecognition() {
		return kind == null ? DecisionKind.RECOGNITION : kind;
	}
}
