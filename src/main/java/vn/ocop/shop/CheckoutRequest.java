package vn.ocop.shop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/**
 * A buyer's checkout: what to buy (prices are the server's, never the client's), who buys, where it goes and how it
 * is paid. Its fields are checked here (422 naming the field); whether the listings are on sale and their stock
 * suffices is checkout's business.
 */
public record CheckoutRequest(@Nullable List<Item> items, @Nullable Buyer buyer, @Nullable PaymentMethod paymentMethod) {

	/** The most distinct listings one checkout may hold. */
	static final int MAX_ITEMS = 50;
	/** The most units of one listing one checkout may hold. */
	static final int MAX_QUANTITY = 999;

	public record Item(@Nullable UUID listingId, int quantity) {
	}

	/**
	 * @param phone a Vietnamese telephone number (validated and kept in its national form)
	 * @param communeCode the commune (xã, phường) of the address among the administrative units in force today
	 */
	public record Buyer(@Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String address, @Nullable String communeCode) {

		private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

		/** The bad fields among name, phone, e-mail and address, all at once (the form marks them all). */
		List<BusinessRuleException.FieldProblem> problems() {
			List<BusinessRuleException.FieldProblem> problems = new ArrayList<>();
			if (name == null || name.isBlank() || name.strip().length() > 200) {
				problems.add(new BusinessRuleException.FieldProblem("buyer.name", "shop.checkout.name"));
			}
			if (PhoneNumbers.normalise(phone == null ? "" : phone).isEmpty()) {
				problems.add(new BusinessRuleException.FieldProblem("buyer.phone", "shop.checkout.phone"));
			}
			String cleanEmail = cleanEmail();
			if (cleanEmail != null && (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches())) {
				problems.add(new BusinessRuleException.FieldProblem("buyer.email", "shop.checkout.email"));
			}
			if (address == null || address.isBlank() || address.strip().length() > 500) {
				problems.add(new BusinessRuleException.FieldProblem("buyer.address", "shop.checkout.address"));
			}
			return problems;
		}

		/** The e-mail address without surrounding blanks; none when blank. */
		@Nullable
		String cleanEmail() {
			return email == null || email.isBlank() ? null : email.strip();
		}
	}

	/** The payment method; 422 when missing. */
	PaymentMethod method() {
		if (paymentMethod == null) {
			throw invalid("paymentMethod", "shop.checkout.paymentMethod");
		}
		return paymentMethod;
	}

	/**
	 * The quantity of each listing, in the order first added, the lines of one listing merged; 422 for no items, an
	 * item without a listing, a quantity outside 1..{@value #MAX_QUANTITY} or more than {@value #MAX_ITEMS} listings.
	 */
	Map<UUID, Integer> quantities() {
		if (items == null || items.isEmpty()) {
			throw invalid("items", "shop.checkout.empty");
		}
		Map<UUID, Integer> merged = new LinkedHashMap<>();
		for (var item : items) {
			if (item == null || item.listingId() == null) {
				throw invalid("items", "shop.checkout.item");
			}
			if (item.quantity() <= 0 || item.quantity() > MAX_QUANTITY) {
				throw invalid("items", "shop.checkout.quantityRange", MAX_QUANTITY);
			}
			merged.merge(item.listingId(), item.quantity(), Integer::sum);
			if (merged.get(item.listingId()) > MAX_QUANTITY) {
				throw invalid("items", "shop.checkout.quantityRange", MAX_QUANTITY);
			}
		}
		if (merged.size() > MAX_ITEMS) {
			throw invalid("items", "shop.checkout.tooMany", MAX_ITEMS);
		}
		return merged;
	}

	static BusinessRuleException invalid(String field, String messageCode, Object... args) {
		return new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("field", field), messageCode,
				args);
	}
}
