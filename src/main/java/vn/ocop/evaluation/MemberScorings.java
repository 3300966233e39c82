package vn.ocop.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberScorings extends JpaRepository<MemberScoring, UUID> {

	List<MemberScoring> findByEvaluationId(UUID evaluationId);

	List<MemberScoring> findByEvaluationIdAndProductId(UUID evaluationId, UUID productId);

	Optional<MemberScoring> findFirstByEvaluationIdAndProductIdAndUsernameOrderByRoundDesc(UUID evaluationId,
			UUID productId, String username);
}
