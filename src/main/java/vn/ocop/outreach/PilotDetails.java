package vn.ocop.outreach;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What describes a pilot model. A district pilot names its unit ({@code communeCode}: a commune, or the district).
 */
public record PilotDetails(int year, String name, PilotLevel level, String type, @Nullable String communeCode,
		@Nullable String location, @Nullable String description, List<UUID> productIds) {

	public PilotDetails {
		productIds = productIds == null ? List.of() : List.copyOf(productIds);
	}
}
