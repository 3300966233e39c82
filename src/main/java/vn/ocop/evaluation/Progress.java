package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Live progress of an open session: who has scored what, where totals diverge and whether that is settled, the
 * quorum from the attendance recorded, and what still keeps the session from closing.
 */
public record Progress(UUID evaluationId, EvaluationStatus status, List<String> members, List<Row> rows,
		boolean readyToClose, boolean attendanceRecorded, boolean quorum, CouncilRules rules) {

	/** A member's state for one product. */
	public enum State {
		NOT_STARTED, DRAFT, SUBMITTED, CONFLICT
	}

	public record Cell(String username, State state, @Nullable Integer total, int answered, int round) {
	}

	/**
	 * A product's progress.
	 *
	 * @param quorum whether the members recorded present make the quorum of the session's rules
	 * @param settled whether a divergence (if any) is settled: no spread above the threshold, or the chair's record
	 * @param undecided the marked criteria with no agreed answer yet (members differ, no majority, no chair record)
	 * @param missing the members present who have neither submitted nor declared a conflict
	 * @param disqualifiersChecked whether the scorecard's disqualifiers were checked (or it has none)
	 */
	public record Row(UUID productId, String productName, List<Cell> cells, @Nullable BigDecimal mean,
			boolean divergent, boolean quorum, boolean settled, List<String> undecided, List<String> missing,
			boolean disqualified, boolean disqualifiersChecked) {
	}
}
