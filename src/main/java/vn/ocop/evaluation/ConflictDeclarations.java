package vn.ocop.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictDeclarations extends JpaRepository<ConflictDeclaration, UUID> {

	List<ConflictDeclaration> findByEvaluationId(UUID evaluationId);

	boolean existsByEvaluationIdAndProductIdAndUsername(UUID evaluationId, UUID productId, String username);
}
