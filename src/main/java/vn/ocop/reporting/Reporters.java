package vn.ocop.reporting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reporters extends JpaRepository<Reporter, UUID> {

	/** The producers with at least one product in the programme now. */
	@Query("select r from Reporter r where exists (select p from RosterProduct p where p.producerId = r.producerId "
			+ "and p.status in :statuses) order by r.producerName")
	List<Reporter> findActive(java.util.Collection<vn.ocop.registry.ProductStatus> statuses);
}
