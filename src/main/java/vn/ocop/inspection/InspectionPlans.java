package vn.ocop.inspection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionPlans extends JpaRepository<InspectionPlan, UUID> {

	Optional<InspectionPlan> findByYear(int year);

	List<InspectionPlan> findAllByOrderByYearDesc();

	@Query("select p from InspectionPlan p join p.items i where i.id = :itemId")
	Optional<InspectionPlan> findByItem(UUID itemId);
}
