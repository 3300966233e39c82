package vn.ocop.programme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Plans extends JpaRepository<Plan, UUID> {

	Optional<Plan> findByYear(int year);

	boolean existsByYear(int year);

	List<Plan> findAllByOrderByYearDesc();

	@Query("select p from Plan p join p.activities a where a.id = :activityId")
	Optional<Plan> findByActivityId(UUID activityId);
}
