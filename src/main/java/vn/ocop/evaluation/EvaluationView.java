package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A session as listed: its council, status and the products on its agenda with their results once closed.
 */
public record EvaluationView(UUID id, UUID councilId, String councilName, CouncilLevel level, String regulationCode,
		EvaluationStatus status, Instant openedAt, @Nullable Instant closedAt, List<Item> items) {

	public record Item(UUID productId, String productName, String producerName, String scorecardCode,
			@Nullable BigDecimal score, @Nullable Integer stars, @Nullable Outcome outcome,
			@Nullable CouncilLevel escalatedTo, boolean divergent) {
	}
}
