package vn.ocop.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Certificates extends JpaRepository<Certificate, UUID> {

	Optional<Certificate> findByCode(String code);

	List<Certificate> findByCodeIn(Collection<String> codes);

	boolean existsByCode(String code);

	List<Certificate> findByProductIdOrderByIssuedAtDesc(UUID productId);

	Optional<Certificate> findFirstByGtinOrderByIssuedAtDesc(String gtin);

	List<Certificate> findByProducerIdInOrderByIssuedAtDesc(Collection<UUID> producerIds);

	List<Certificate> findAllByOrderByIssuedAtDesc();

	List<Certificate> findByStatusInOrderByValidUntilAsc(Collection<CertificateStatus> statuses);

	/** The certificates a decision recognised, downgraded or revoked, by product name. */
	@Query("select distinct c from Certificate c join c.history h where h.decisionId = :decisionId order by c.productName")
	List<Certificate> findByDecision(UUID decisionId);

	/** The certificates of several decisions, each with the decision it is listed under: {decisionId, certificate}. */
	@Query("select h.decisionId, c from Certificate c join c.history h where h.decisionId in :decisionIds")
	List<Object[]> findWithDecisionIn(Collection<UUID> decisionIds);

	/** Certificates in force whose last day is on or before {@code until}: due for a reminder or for expiry. */
	@Query("select c.id from Certificate c where c.status in :statuses and c.validUntil <= :until order by c.validUntil")
	List<UUID> findEndingBy(Collection<CertificateStatus> statuses, LocalDate until);
}
