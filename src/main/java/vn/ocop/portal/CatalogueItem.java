package vn.ocop.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.Stars;

/**
 * A certified product as the public sees it. Items found by a search (lists, related products, the public API)
 * carry no description, story, ingredients or packaging: only the product page shows them, from its entry.
 *
 * @param slug the URL segment of its page, {@code /products/{slug}}
 * @param legalForm the producer's legal form (registry {@code LegalForm} name)
 * @param groupCode the product group (nhóm) of its product set
 * @param districtCode the district-level unit of its commune when registered (none for units created after the
 * district level was abolished on 1 July 2025)
 * @param certificateStatus VALID or DOWNGRADED
 * @param refreshedAt when the entry last changed (for caches and the sitemap)
 */
public record CatalogueItem(UUID productId, String slug, String name, @Nullable String description,
		@Nullable String story, @Nullable String ingredients, @Nullable String packaging, @Nullable String unit,
		@Nullable Long priceVnd, UUID producerId, String producerSlug, String producerName, String legalForm,
		String productSetCode, String productSetName, String groupCode, String groupName, String communeCode,
		String communeName, @Nullable String districtCode, @Nullable String districtName, String certificateCode,
		String certificateStatus, int stars, LocalDate certifiedOn, LocalDate validUntil, boolean hasPhoto,
		Instant refreshedAt) {

	/** The page of the product, relative to the site. */
	public String path() {
		return "/products/" + slug;
	}

	/** The photo URL (the product photo kept with the certificate), if any. */
	public @Nullable String photoPath() {
		return hasPhoto ? "/verify/" + certificateCode + "/photo" : null;
	}

	/** Its stars as the pages write them: {@code ★★★★}. */
	public String starsSymbols() {
		return Stars.symbols(stars);
	}

	/** The commune and its district, or the commune alone: {@code Xã Đức Lĩnh, Huyện Vũ Quang}. */
	public String placeName() {
		return districtName == null ? communeName : communeName + ", " + districtName;
	}
}
