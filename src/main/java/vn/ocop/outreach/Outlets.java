package vn.ocop.outreach;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Outlets extends JpaRepository<Outlet, UUID> {

	List<Outlet> findAllByOrderByNameAsc();

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "products")
	List<Outlet> findByStatusOrderByNameAsc(OutletStatus status);

	long countByStatus(OutletStatus status);

	/**
	 * Where the outlets of a status are, by name: one query, no products (the portal's sales points on the home
	 * and product pages show no products, and ask on every visit).
	 */
	@org.springframework.data.jpa.repository.Query("""
			select new vn.ocop.outreach.Outlets$Place(o.id, o.name, o.address, o.communeCode, o.latitude, o.longitude)
			from Outlet o where o.status = :status order by o.name""")
	List<Place> findPlacesByStatus(OutletStatus status);

	/** An outlet's name and place. */
	record Place(UUID id, String name, String address, @org.jspecify.annotations.Nullable String communeCode,
			java.math.BigDecimal latitude, java.math.BigDecimal longitude) {
	}

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "products")
	List<Outlet> findAllWithProductsBy();
}
