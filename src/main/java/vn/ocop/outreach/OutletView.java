package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sales centre or point, as the portal map, the list and the API show it.
 */
public record OutletView(UUID id, String name, OutletKind kind, String address, @Nullable String communeCode,
		double latitude, double longitude, String operator, @Nullable String openingHours, @Nullable String phone,
		OutletStatus status, @Nullable LocalDate openedOn, @Nullable LocalDate closedOn, List<String> criteria,
		List<LinkedProduct> products) {
}
