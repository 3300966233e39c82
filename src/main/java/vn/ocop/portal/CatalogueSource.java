package vn.ocop.portal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The values of a catalogue entry as read from the source modules. */
record CatalogueSource(String slug, String name, @Nullable String description, @Nullable String story,
		@Nullable String ingredients, @Nullable String packaging, @Nullable String unit, @Nullable Long priceVnd,
		UUID producerId, String producerSlug, String producerName, String legalForm, String productSetCode,
		String productSetName, String groupCode, String groupName, String communeCode, String communeName,
		@Nullable String districtCode, @Nullable String districtName, String certificateCode, String certificateStatus,
		int stars, LocalDate certifiedOn, LocalDate validUntil, boolean hasPhoto) {
}
