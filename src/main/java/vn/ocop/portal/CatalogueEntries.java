package vn.ocop.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueEntries extends JpaRepository<CatalogueEntry, UUID> {

	Optional<CatalogueEntry> findBySlug(String slug);

	/** The entry whose slug ends as given (a slug ends with the first 8 characters of the product's id). */
	Optional<CatalogueEntry> findFirstBySlugEndingWith(String suffix);

	Optional<CatalogueEntry> findFirstByProducerSlugEndingWith(String suffix);

	Optional<CatalogueEntry> findByCertificateCode(String code);

	List<CatalogueEntry> findByProducerSlugOrderByStarsDescNameAsc(String producerSlug);

	@Query("select e from CatalogueEntry e order by e.name")
	List<CatalogueEntry> findAllByName();

	@Query("select e.stars, count(e) from CatalogueEntry e group by e.stars")
	List<Object[]> countByStars();

	List<CatalogueEntry> findByProducerId(UUID producerId);

	@Query("select count(distinct e.producerId) from CatalogueEntry e")
	long countProducers();

	@Query("select distinct e.groupCode, e.groupName from CatalogueEntry e")
	List<Object[]> groupNames();

	boolean existsBySlugAndProductIdNot(String slug, UUID productId);
}
