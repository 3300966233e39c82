package vn.ocop.outreach;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What describes a sales centre or point.
 *
 * @param criteria the criteria of the management rules it meets, one per entry
 * @param productIds registry products it carries
 */
public record OutletDetails(String name, OutletKind kind, String address, @Nullable String communeCode,
		BigDecimal latitude, BigDecimal longitude, String operator, @Nullable String openingHours,
		@Nullable String phone, List<String> criteria, List<UUID> productIds) {

	public OutletDetails {
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
		productIds = productIds == null ? List.of() : List.copyOf(productIds);
	}
}
