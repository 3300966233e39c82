package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A pilot model.
 */
public record PilotView(UUID id, int year, String name, PilotLevel level, String type, @Nullable String communeCode,
		@Nullable String location, @Nullable String description, PilotStatus status, int progress,
		@Nullable LocalDate completedOn, List<LinkedProduct> products) {
}
