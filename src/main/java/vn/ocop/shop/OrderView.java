package vn.ocop.shop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order as the buyer, the producer and the office see it; totals in whole đồng.
 *
 * @param vietQrPayload the VietQR payload of the bank transfer, for orders paid by transfer
 * @param history every move between states, oldest first
 */
public record OrderView(String orderCode, String checkoutCode, UUID producerId, String producerName,
		OrderStatus status, PaymentMethod paymentMethod, long total, List<Line> lines, String buyerName,
		String buyerPhone, @Nullable String buyerEmail, String buyerAddress, String buyerCommuneCode,
		@Nullable String carrier, @Nullable String trackingCode, @Nullable String cancelReason,
		@Nullable String vietQrPayload, Instant placedAt, Instant statusChangedAt, List<Change> history) {

	public record Line(UUID listingId, UUID productId, String title, @Nullable String variant, String unit,
			long unitPriceVnd, int quantity, long lineTotalVnd) {
	}

	public record Change(@Nullable OrderStatus from, OrderStatus to, Instant at, String by, @Nullable String note) {
	}
}
