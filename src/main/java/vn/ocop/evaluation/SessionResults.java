package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The results of a closed session, product by product.
 */
public record SessionResults(UUID evaluationId, CouncilLevel level, EvaluationStatus status, List<Result> results) {

	/** A product's result; {@code detail} holds the star minimums, agreed answers, divergence and disqualification. */
	public record Result(UUID productId, String productName, String producerName, @Nullable BigDecimal score, int stars,
			boolean divergent, Outcome outcome, @Nullable CouncilLevel escalatedTo,
			List<ProductScore.MemberTotal> members, Map<String, BigDecimal> parts, Map<String, BigDecimal> groups,
			ProductScore detail) {
	}
}
