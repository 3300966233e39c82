package vn.ocop.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member's scorecard as the member sees it while scoring: the running total, what is still unanswered, and the
 * case of "one of two cases" criteria whose options are offered.
 */
public record ScoringView(UUID evaluationId, UUID productId, String username, int round,
		Map<String, Integer> selections, int total, int answered, long criteria, List<String> unanswered,
		ScoringStatus status, Instant savedAt, @Nullable Instant submittedAt, int applicableCase) {

	/** Whether every criterion that needs an answer has one (tick-list criteria may stay unticked). */
	public boolean complete() {
		return unanswered.isEmpty();
	}
}
