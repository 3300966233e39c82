package vn.ocop.shop;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A buyer's checkout: what to buy (prices are the server's, never the client's), who buys, where it goes and how it
 * is paid.
 */
public record CheckoutRequest(@Nullable List<Item> items, @Nullable Buyer buyer, @Nullable PaymentMethod paymentMethod) {

	public record Item(@Nullable UUID listingId, int quantity) {
	}

	/**
	 * @param phone a Vietnamese telephone number (validated and kept in its national form)
	 * @param communeCode the commune (xã, phường) of the address among the administrative units in force today
	 */
	public record Buyer(@Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String address, @Nullable String communeCode) {
	}
}
