package vn.ocop.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line of an inspection plan, with the inspection scheduled from it if any. */
public record PlanItemView(UUID id, UUID producerId, String producerName, @Nullable UUID productId,
		@Nullable String productName, String communeCode, int plannedMonth, @Nullable String agencies,
		@Nullable UUID inspectionId) {
}
