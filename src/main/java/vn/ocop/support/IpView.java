package vn.ocop.support;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An IP or brand registration of a product; {@code status} is the effective one (a granted title past its expiry
 * is {@link IpStatus#EXPIRED}).
 */
public record IpView(UUID id, UUID productId, String productName, UUID producerId, IpType type, String markName,
		String applicant, @Nullable String applicationNumber, @Nullable LocalDate filingDate, IpStatus status,
		@Nullable String certificateNumber, @Nullable LocalDate grantedOn, @Nullable LocalDate expiresOn,
		@Nullable String note, @Nullable UUID requestId) {

	/** Whether the title is in force (granted and not expired): shown to the public and to the councils. */
	public boolean inForce() {
		return status == IpStatus.GRANTED;
	}
}
