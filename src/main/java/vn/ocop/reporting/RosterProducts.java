package vn.ocop.reporting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RosterProducts extends JpaRepository<RosterProduct, UUID> {

	@Query("select p.productId from RosterProduct p")
	List<UUID> allIds();
}
