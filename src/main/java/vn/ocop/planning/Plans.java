package vn.ocop.planning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Plans extends JpaRepository<Plan, UUID> {

	Optional<Plan> findByYear(int year);

	boolean existsByYear(int year);

	List<Plan> findAllByOrderByYearDesc();

	/** The targets of a year's plan, without loading its activities and tasks. */
	@Query("select t from Plan p join p.targets t where p.year = :year order by t.position")
	List<PlanTarget> targetsOf(int year);

	@Query("select p from Plan p join p.activities a where a.id = :activityId")
	Optional<Plan> findByActivityId(UUID activityId);
}
