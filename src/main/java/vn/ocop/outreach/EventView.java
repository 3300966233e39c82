package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A programme event, as the portal and the API show it.
 */
public record EventView(UUID id, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
		@Nullable String communeCode, @Nullable String description, List<LinkedProduct> products) {
}
