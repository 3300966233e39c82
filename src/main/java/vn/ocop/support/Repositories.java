package vn.ocop.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

/**
 * The module's repositories.
 */
final class Repositories {

	private Repositories() {
	}
}

interface SupportItems extends JpaRepository<SupportItem, UUID> {

	List<SupportItem> findAllByOrderByCodeAsc();

	Optional<SupportItem> findByCode(String code);
}

interface SupportRequests extends JpaRepository<SupportRequest, UUID> {

	List<SupportRequest> findAllByOrderByAppliedOnDescNumberDesc();

	List<SupportRequest> findByProducerIdInOrderByAppliedOnDescNumberDesc(Collection<UUID> producerIds);

	List<SupportRequest> findByReportId(UUID reportId);

	long countByNumberStartingWith(String prefix);
}

interface BudgetLines extends JpaRepository<BudgetLine, UUID> {

	List<BudgetLine> findByYearOrderByActivityNumberAscSourceAsc(int year);

	Optional<BudgetLine> findByActivityIdAndSource(UUID activityId, FundingSource source);

	Optional<BudgetLine> findByYearAndActivityNumberAndSource(int year, int activityNumber, FundingSource source);

	/** The line, locked for update until the transaction ends, so that two commitments never both pass the check. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from BudgetLine l where l.id = :id")
	Optional<BudgetLine> lock(@Param("id") UUID id);
}

interface Commitments extends JpaRepository<Commitment, UUID> {

	Optional<Commitment> findByRequestId(UUID requestId);

	@Query("select c from Commitment c, BudgetLine l where c.lineId = l.id and l.year = :year")
	List<Commitment> ofYear(@Param("year") int year);
}

interface IpRegistrations extends JpaRepository<IpRegistration, UUID> {

	List<IpRegistration> findByProductIdOrderByFilingDateAsc(UUID productId);

	@Query("select distinct r.productId from IpRegistration r")
	List<UUID> findProductsWithRegistrations();

	List<IpRegistration> findByProducerIdOrderByProductNameAscFilingDateAsc(UUID producerId);

	List<IpRegistration> findAllByOrderByProductNameAscFilingDateAsc();
}
