package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What describes a programme event.
 */
public record EventDetails(EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
		@Nullable String communeCode, @Nullable String description, List<UUID> productIds) {

	public EventDetails {
		productIds = productIds == null ? List.of() : List.copyOf(productIds);
	}
}
