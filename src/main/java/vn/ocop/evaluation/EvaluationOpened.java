package vn.ocop.evaluation;

import java.util.UUID;

/**
 * A council opened a session: its members can score the products on its agenda.
 */
public record EvaluationOpened(UUID evaluationId, UUID councilId, CouncilLevel level) {
}
