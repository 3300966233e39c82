package vn.ocop.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Articles extends JpaRepository<Article, UUID> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select a from Article a order by a.updatedAt desc")
	List<Article> findAllByNewest();

	@Query("select a from Article a where a.status = vn.ocop.content.ArticleStatus.PUBLISHED and a.publishAt <= :now"
			+ " and a.kind in :kinds order by a.publishAt desc")
	Page<Article> findPublished(Collection<ArticleKind> kinds, Instant now, Pageable pageable);

	/**
	 * The latest published articles of every kind: no list parameter (Hibernate cannot keep the translation of a
	 * query with one) and no count, for the home page, which asks on every visit.
	 */
	@Query("select a from Article a where a.status = vn.ocop.content.ArticleStatus.PUBLISHED and a.publishAt <= :now"
			+ " order by a.publishAt desc")
	List<Article> findLatestPublished(Instant now, org.springframework.data.domain.Limit limit);

	@Query("select a from Article a where a.status = vn.ocop.content.ArticleStatus.PUBLISHED and a.publishAt <= :now"
			+ " and a.productId = :productId order by a.publishAt desc")
	List<Article> findPublishedAbout(UUID productId, Instant now);

	/** The products that published articles are about (some perhaps not yet public). */
	@Query("select distinct a.productId from Article a where a.status = vn.ocop.content.ArticleStatus.PUBLISHED"
			+ " and a.productId is not null")
	List<UUID> findProductsWithPublishedArticles();
}
