package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inspection to open: from a line of the approved plan ({@code planItemId}: planned), or unplanned for a
 * producer, optionally one product and its certificate (looked up from the product when not given).
 */
public record NewInspection(@Nullable UUID planItemId, @Nullable UUID producerId, @Nullable UUID productId,
		@Nullable String certificateCode, LocalDate scheduledOn, String inspector, @Nullable String agencies) {
}
