package vn.ocop.shop;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A buyer checked out: the orders were placed and their stock reserved.
 */
public record CheckoutPlaced(String checkoutCode, List<String> orderCodes, long total, @Nullable String buyerEmail) {
}
