package vn.ocop.portal;

import java.util.List;
import java.util.UUID;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/** The related products of a product page (see {@link #related(CatalogueItem, int)}). */
@Component
class RelatedProducts {

	private final EntityManager entityManager;
	private final CatalogueSearch search;

	RelatedProducts(EntityManager entityManager, CatalogueSearch search) {
		this.entityManager = entityManager;
		this.search = search;
	}

	/**
	 * The products most like one, by fixed weights: the same product group 3, the same producer 2, the same
	 * district 1, the same commune 1; among equal weights more stars first, then by name. (Below, a product's
	 * stars count as a tenth of a point each: less than any weight, so the bounds hold for the same order.)
	 * <p>
	 * Asked in widening rings so that a product page does not score every product of its group and its district
	 * (at 100,000 entries that was half of the page's CPU): first only products of the same group and the same
	 * commune or producer (every other product weighs at most 4.5, every one of these at least 5.1), then those of
	 * the same group and the same district or producer, or the same producer and commune (the others weigh at
	 * most 3.5, these at least 4.1), and only if these rings hold fewer than {@code limit} products everything
	 * related. A ring that holds enough products holds the best of them all, so the answer is the same (a commune lies
	 * in one district, or in none since July 2025; without a district the second ring is skipped: weighed without
	 * it, the same producer and commune would not beat the same group alone).
	 */
	List<CatalogueItem> related(CatalogueItem item, int limit) {
		List<CatalogueItem> found = related(item, limit, Ring.SAME_GROUP_AND_COMMUNE);
		if (found.size() < limit && item.districtCode() != null) {
			found = related(item, limit, Ring.SAME_GROUP_AND_DISTRICT);
		}
		if (found.size() < limit) {
			found = related(item, limit, Ring.ANY);
		}
		return found;
	}

	enum Ring {
		SAME_GROUP_AND_COMMUNE, SAME_GROUP_AND_DISTRICT, ANY
	}

	List<CatalogueItem> related(CatalogueItem item, int limit, Ring ring) {
		return search.items(Search.session(entityManager).search(CatalogueEntry.class)
				.select(f -> f.id(UUID.class))
				.where(f -> f.bool().with(b -> {
					b.mustNot(f.id().matching(item.productId()));
					var group = f.match().field("groupCode").matching(item.groupCode());
					var producer = f.match().field("producerId").matching(item.producerId());
					var commune = f.match().field("communeCode").matching(item.communeCode());
					var district = item.districtCode() == null ? f.matchNone()
							: f.match().field("districtCode").matching(item.districtCode());
					switch (ring) {
						case SAME_GROUP_AND_COMMUNE -> b.filter(f.and(group, f.or(commune, producer)));
						case SAME_GROUP_AND_DISTRICT -> b.filter(f.or(f.and(group, f.or(district, producer)),
								f.and(producer, commune)));
						case ANY -> b.filter(f.or(group, producer, district, commune));
					}
					b.should(f.match().field("groupCode").matching(item.groupCode()).constantScore().boost(3f));
					b.should(f.match().field("producerId").matching(item.producerId()).constantScore().boost(2f));
					if (item.districtCode() != null) {
						b.should(f.match().field("districtCode").matching(item.districtCode()).constantScore());
					}
					b.should(f.match().field("communeCode").matching(item.communeCode()).constantScore());
				}))
				.sort(f -> f.composite().add(f.score()).add(f.field("stars").desc()).add(CatalogueSearch.byName(f)))
				.totalHitCountThreshold(limit)
				.fetchHits(limit));
	}
}
