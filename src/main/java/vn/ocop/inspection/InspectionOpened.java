package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inspection was opened (from a line of the year's plan, or unplanned) and assigned to an inspector.
 *
 * @param inspector the username of the inspector's (or the office's) account
 */
public record InspectionOpened(UUID inspectionId, UUID producerId, @Nullable UUID productId, String inspector,
		LocalDate scheduledOn) {
}
