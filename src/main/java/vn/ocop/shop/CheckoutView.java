package vn.ocop.shop;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a buyer gets back from a checkout: one order per producer under one checkout code.
 *
 * @param total the sum of the orders, in whole đồng
 * @param vietQrPayload the payload of the VietQR code to pay by bank transfer when the checkout has a single order
 * (several producers: each order carries its own)
 */
public record CheckoutView(String checkoutCode, List<OrderSummary> orders, long total, PaymentMethod paymentMethod,
		@Nullable String vietQrPayload) {

	public record OrderSummary(String orderCode, String producerName, long total, OrderStatus status,
			@Nullable String vietQrPayload, @Nullable BankAccountView bankAccount) {
	}
}
