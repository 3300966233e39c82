package vn.ocop.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, UUID> {

	List<Evaluation> findByCouncilIdOrderByOpenedAtDesc(UUID councilId);

	List<Evaluation> findAllByOrderByOpenedAtDesc();

	@Query("select e from Evaluation e join e.items i where i.productId = :productId order by e.openedAt")
	List<Evaluation> findByProduct(UUID productId);
}
