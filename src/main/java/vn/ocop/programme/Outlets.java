package vn.ocop.programme;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Outlets extends JpaRepository<Outlet, UUID> {

	List<Outlet> findAllByOrderByNameAsc();

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "products")
	List<Outlet> findByStatusOrderByNameAsc(OutletStatus status);

	long countByStatus(OutletStatus status);

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "products")
	List<Outlet> findAllWithProductsBy();
}
