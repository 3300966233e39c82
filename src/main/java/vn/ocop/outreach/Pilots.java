package vn.ocop.outreach;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Pilots extends JpaRepository<Pilot, UUID> {

	List<Pilot> findByYearOrderByLevelAscNameAsc(int year);

	List<Pilot> findAllByOrderByYearDescNameAsc();

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "products")
	List<Pilot> findWithProductsByYear(int year);
}
