package vn.ocop.shop;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

/** The shop's listings. */
interface Listings extends JpaRepository<Listing, UUID> {

	/** The listings, locked for update in id order (so that two checkouts never wait on each other in a circle). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Listing l where l.id in :ids order by l.id")
	List<Listing> lockAll(@Param("ids") Collection<UUID> ids);

	@Query("select l from Listing l where l.status = vn.ocop.shop.ListingStatus.ACTIVE and l.certificateValidUntil >= :today "
			+ "and l.searchText like :pattern order by l.stars desc, l.createdAt desc")
	Page<Listing> onSale(@Param("today") java.time.LocalDate today, @Param("pattern") String pattern, Pageable pageable);

	List<Listing> findByProductId(UUID productId);

	List<Listing> findByProducerIdInOrderByCreatedAtDesc(Collection<UUID> producerIds);

	List<Listing> findAllByOrderByCreatedAtDesc();
}

/** The orders. */
interface ShopOrders extends JpaRepository<ShopOrder, UUID> {

	Optional<ShopOrder> findByCode(String code);

	List<ShopOrder> findByCheckoutCodeOrderByCode(String checkoutCode);

	boolean existsByCheckoutCode(String checkoutCode);

	List<ShopOrder> findByProducerIdInOrderByPlacedAtDesc(Collection<UUID> producerIds);

	List<ShopOrder> findByStatusInOrderByPlacedAtDesc(Collection<OrderStatus> statuses);

	List<ShopOrder> findAllByOrderByPlacedAtDesc();

	List<ShopOrder> findByBuyerAccountOrderByPlacedAtDesc(String buyerAccount);

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "lines")
	@Query("select o from ShopOrder o where (o.placedAt >= :from and o.placedAt < :to) "
			+ "or (o.deliveredAt >= :from and o.deliveredAt < :to)")
	List<ShopOrder> touching(@Param("from") Instant from, @Param("to") Instant to);
}

/** The producers' bank accounts. */
interface BankAccounts extends JpaRepository<BankAccount, UUID> {
}
