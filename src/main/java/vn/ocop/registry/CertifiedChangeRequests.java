package vn.ocop.registry;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertifiedChangeRequests extends JpaRepository<CertifiedChangeRequest, UUID> {

	List<CertifiedChangeRequest> findByProductIdOrderByRequestedAtDesc(UUID productId);

	boolean existsByProductIdAndStatus(UUID productId, CertifiedChangeStatus status);

	List<CertifiedChangeRequest> findByStatusAndUnitAtCodeInOrderByRequestedAtAsc(CertifiedChangeStatus status,
			Collection<String> communeCodes);
}
