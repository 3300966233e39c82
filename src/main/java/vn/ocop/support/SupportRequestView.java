package vn.ocop.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A support request with its timeline.
 */
public record SupportRequestView(UUID id, String number, UUID itemId, String itemCode, String itemName,
		SupportCategory category, UUID productId, String productName, UUID producerId, String producerName,
		String communeCode, String purpose, BigDecimal costEstimate, BigDecimal requestedAmount, RequestStatus status,
		LocalDate appliedOn, String appliedBy, @Nullable String checkNote, @Nullable String checkedBy,
		@Nullable BigDecimal approvedAmount, @Nullable String decisionNumber, @Nullable LocalDate decidedOn,
		@Nullable String refusalReason, @Nullable UUID budgetLineId, @Nullable BigDecimal disbursedAmount,
		@Nullable LocalDate disbursedOn, @Nullable String resultNote, @Nullable String resultReference,
		@Nullable LocalDate resultOn, @Nullable UUID reportId, @Nullable String reportMonth, List<Step> timeline) {

	/** One step of the timeline. */
	public record Step(Instant at, String actor, @Nullable RequestStatus from, RequestStatus to, @Nullable String note) {
	}
}
