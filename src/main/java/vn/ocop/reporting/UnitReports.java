package vn.ocop.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitReports extends JpaRepository<UnitReport, UUID> {

	Optional<UnitReport> findByUnitCodeAndPeriodAndCurrentTrue(String unitCode, LocalDate period);

	List<UnitReport> findByUnitCodeAndPeriodOrderByVersionAsc(String unitCode, LocalDate period);

	List<UnitReport> findByPeriodAndCurrentTrue(LocalDate period);
}
