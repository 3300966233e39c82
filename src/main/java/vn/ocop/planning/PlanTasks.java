package vn.ocop.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTasks extends JpaRepository<PlanTask, UUID> {

	/** Open tasks whose deadline is before the day. */
	@Query("select t from PlanTask t where t.status in (vn.ocop.planning.TaskStatus.PLANNED, "
			+ "vn.ocop.planning.TaskStatus.IN_PROGRESS) and t.deadline < :today order by t.deadline")
	List<PlanTask> findLate(LocalDate today);

	List<PlanTask> findBySourceReportId(UUID reportId);
}
