package vn.ocop.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An inspection was concluded; {@code sanctionsProposed} of its findings await the office. */
public record InspectionConcluded(UUID inspectionId, UUID producerId, @Nullable UUID productId, int sanctionsProposed) {
}
