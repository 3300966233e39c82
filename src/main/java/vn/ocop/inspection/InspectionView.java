package vn.ocop.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An inspection with its checklist, findings and conclusion. */
public record InspectionView(UUID id, InspectionKind kind, @Nullable UUID planItemId, @Nullable UUID complaintId,
		UUID producerId, String producerName, @Nullable UUID productId, @Nullable String productName,
		@Nullable String certificateCode, String communeCode, LocalDate scheduledOn, @Nullable LocalDate inspectedOn,
		String inspector, @Nullable String agencies, InspectionStatus status, @Nullable String conclusion,
		@Nullable String concludedBy, @Nullable Instant concludedAt, String createdBy, Instant createdAt,
		List<CheckView> checklist, List<FindingView> findings) {

	public boolean hasPendingSanction() {
		return findings.stream().anyMatch(f -> f.sanctionStatus() == SanctionStatus.PROPOSED);
	}
}
