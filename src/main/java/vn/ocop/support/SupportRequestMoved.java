package vn.ocop.support;

import java.util.UUID;

/**
 * A support request took a step on its timeline: applied, checked (endorsed or not), approved or refused, paid, or
 * its result reported. Published by {@link SupportManagement} once the step is recorded; {@code SupportNotices}
 * tells the producer after the step has committed.
 *
 * @param status where the request stands after the step
 */
public record SupportRequestMoved(UUID requestId, String number, UUID producerId, String itemName, String productName,
		RequestStatus status) {
}
