package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One level's result for a product, as the producer sees it: the score, stars, the mean points per part and
 * group, and how far the product is from the next star.
 */
public record ProductEvaluation(UUID evaluationId, String councilName, CouncilLevel level, @Nullable Instant closedAt,
		String scorecardCode, ProductScore result, @Nullable Outcome outcome, @Nullable CouncilLevel escalatedTo,
		@Nullable Integer nextStars, @Nullable BigDecimal pointsToNextStar) {
}
