package vn.ocop.evaluation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CentralResults extends JpaRepository<CentralResult, UUID> {

	Optional<CentralResult> findByEvaluationIdAndProductId(UUID evaluationId, UUID productId);
}
