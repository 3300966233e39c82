package vn.ocop.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line to add to a plan: the producer, optionally one of its products, the month (1–12), the agencies. */
public record NewPlanItem(UUID producerId, @Nullable UUID productId, int month, @Nullable String agencies) {
}
