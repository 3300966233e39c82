package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Inspections extends JpaRepository<Inspection, UUID> {

	List<Inspection> findByScheduledOnBetweenOrderByScheduledOnDesc(LocalDate from, LocalDate to);

	List<Inspection> findAllByOrderByScheduledOnDesc();

	List<Inspection> findByPlanItemIdIn(Collection<UUID> itemIds);

	Optional<Inspection> findFirstByPlanItemId(UUID itemId);

	@Query("select i from Inspection i join i.findings f where f.id = :findingId")
	Optional<Inspection> findByFinding(UUID findingId);

	@Query("select distinct i from Inspection i join i.findings f where f.sanctionStatus = vn.ocop.inspection.SanctionStatus.PROPOSED "
			+ "and i.status = vn.ocop.inspection.InspectionStatus.CONCLUDED order by i.scheduledOn")
	List<Inspection> findAwaitingDecision();
}
