package vn.ocop.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * A council closed a session: every product on it has its result.
 */
public record EvaluationClosed(UUID evaluationId, UUID councilId, CouncilLevel level, List<UUID> productIds) {
}
