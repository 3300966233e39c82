package vn.ocop.support;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An IP or brand registration as an officer or the producer records it.
 */
public record IpDetails(UUID productId, IpType type, String markName, String applicant,
		@Nullable String applicationNumber, @Nullable LocalDate filingDate, @Nullable String note) {
}
