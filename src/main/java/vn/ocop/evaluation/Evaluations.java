package vn.ocop.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, UUID> {

	List<Evaluation> findByCouncilIdOrderByOpenedAtDesc(UUID councilId);

	List<Evaluation> findAllByOrderByOpenedAtDesc();

	/** The products closed sessions passed on to the level: {productId}. */
	@Query("select i.productId from Evaluation e join e.items i where e.status = vn.ocop.evaluation.EvaluationStatus.CLOSED "
			+ "and i.outcome = vn.ocop.evaluation.Outcome.ESCALATED and i.escalatedTo = :level order by e.closedAt desc")
	List<UUID> passedOnTo(CouncilLevel level);

	@Query("select e from Evaluation e join e.items i where i.productId = :productId order by e.openedAt")
	List<Evaluation> findByProduct(UUID productId);

	/** Every scorecard version a session scores on, with the opening of the first such session. */
	@Query("select i.scorecardCode, min(e.openedAt) from Evaluation e join e.items i group by i.scorecardCode")
	List<Object[]> firstUseOfScorecards();
}
