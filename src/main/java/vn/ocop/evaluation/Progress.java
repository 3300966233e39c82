package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Live progress of an open session: who has scored what, where totals diverge, and whether each product has its
 * quorum.
 */
public record Progress(UUID evaluationId, EvaluationStatus status, List<String> members, List<Row> rows,
		boolean readyToClose) {

	/** A member's state for one product. */
	public enum State {
		NOT_STARTED, DRAFT, SUBMITTED, CONFLICT
	}

	public record Cell(String username, State state, @Nullable Integer total, int answered, int round) {
	}

	public record Row(UUID productId, String productName, List<Cell> cells, @Nullable BigDecimal mean,
			boolean divergent, boolean quorum) {
	}
}
