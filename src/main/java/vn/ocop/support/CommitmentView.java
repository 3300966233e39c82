package vn.ocop.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A commitment on a budget line: an approved request or a contract.
 */
public record CommitmentView(UUID id, UUID lineId, @Nullable UUID requestId, String kind, String description,
		@Nullable String areaCode, @Nullable String productSetCode, BigDecimal amount, BigDecimal disbursed,
		LocalDate committedOn, @Nullable LocalDate disbursedOn) {
}
