package vn.ocop.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProducerReports extends JpaRepository<ProducerReport, UUID> {

	/** Sums of current reports per month: period, count, revenue, volume, workers. */
	interface MonthTotals {
		LocalDate getPeriod();

		long getReported();

		Long getRevenue();

		java.math.BigDecimal getVolume();

		Long getWorkers();
	}

	/** Sums of current reports per reporting unit for one month. */
	interface UnitTotals {
		String getUnitCode();

		long getReported();

		Long getRevenue();

		java.math.BigDecimal getVolume();

		Long getWorkers();
	}

	Optional<ProducerReport> findByProducerIdAndPeriodAndCurrentTrue(UUID producerId, LocalDate period);

	List<ProducerReport> findByProducerIdAndPeriodOrderByVersionAsc(UUID producerId, LocalDate period);

	List<ProducerReport> findByProducerIdInAndCurrentTrueOrderByPeriodDesc(Collection<UUID> producerIds);

	List<ProducerReport> findByPeriodAndCurrentTrue(LocalDate period);

	List<ProducerReport> findByPeriodAndReportingUnitCodeAndCurrentTrueOrderByProducerName(LocalDate period,
			String reportingUnitCode);

	@Query("select r.period as period, count(r) as reported, sum(r.revenueVnd) as revenue, "
			+ "sum(r.productionVolume) as volume, sum(r.workers) as workers from ProducerReport r "
			+ "where r.current = true and r.period between :from and :to group by r.period order by r.period")
	List<MonthTotals> totalsByMonth(LocalDate from, LocalDate to);

	@Query("select r.period as period, count(r) as reported, sum(r.revenueVnd) as revenue, "
			+ "sum(r.productionVolume) as volume, sum(r.workers) as workers from ProducerReport r "
			+ "where r.current = true and r.period between :from and :to and r.unitAt.code in :communes "
			+ "group by r.period order by r.period")
	List<MonthTotals> totalsByMonthIn(LocalDate from, LocalDate to, Collection<String> communes);

	@Query("select r.reportingUnitCode as unitCode, count(r) as reported, sum(r.revenueVnd) as revenue, "
			+ "sum(r.productionVolume) as volume, sum(r.workers) as workers from ProducerReport r "
			+ "where r.current = true and r.period = :period group by r.reportingUnitCode")
	List<UnitTotals> totalsByUnit(LocalDate period);
}
