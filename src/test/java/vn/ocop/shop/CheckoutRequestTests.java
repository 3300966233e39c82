package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

class CheckoutRequestTests {

	static final CheckoutRequest.Buyer BUYER = new CheckoutRequest.Buyer("Nguyễn Văn An", "0912 345 678",
			" an@example.vn ", "Số 1 Trần Phú", "18322");

	@Test
	void shouldMergeTheLinesOfOneListingKeepingTheOrderFirstAdded() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		var request = new CheckoutRequest(List.of(new CheckoutRequest.Item(b, 1), new CheckoutRequest.Item(a, 2),
				new CheckoutRequest.Item(b, 3)), BUYER, PaymentMethod.COD);
		assertThat(request.quantities()).containsExactly(java.util.Map.entry(b, 4), java.util.Map.entry(a, 2));
		assertThat(request.method()).isEqualTo(PaymentMethod.COD);
	}

	@Test
	void shouldRefuseItemsNamingTheField() {
		assertThatThrownBy(() -> new CheckoutRequest(List.of(), BUYER, null).quantities())
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.messageCode()).isEqualTo("shop.checkout.empty");
					assertThat(e.properties()).containsEntry("field", "items");
				});
		assertThatThrownBy(() -> new CheckoutRequest(List.of(new CheckoutRequest.Item(null, 1)), BUYER, null).quantities())
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("shop.checkout.item"));
		UUID a = UUID.randomUUID();
		assertThatThrownBy(() -> new CheckoutRequest(List.of(new CheckoutRequest.Item(a, 0)), BUYER, null).quantities())
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("shop.checkout.quantityRange"));
		// two lines of one listing that add up beyond the limit
		assertThatThrownBy(() -> new CheckoutRequest(List.of(new CheckoutRequest.Item(a, 600),
				new CheckoutRequest.Item(a, 400)), BUYER, null).quantities())
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("shop.checkout.quantityRange"));
		List<CheckoutRequest.Item> many = new ArrayList<>();
		for (int i = 0; i <= CheckoutRequest.MAX_ITEMS; i++) {
			many.add(new CheckoutRequest.Item(UUID.randomUUID(), 1));
		}
		assertThatThrownBy(() -> new CheckoutRequest(many, BUYER, null).quantities())
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("shop.checkout.tooMany"));
		assertThatThrownBy(() -> new CheckoutRequest(List.of(), BUYER, null).method())
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.properties()).containsEntry("field", "paymentMethod"));
	}

	@Test
	void shouldNameEveryBadFieldOfTheBuyerAtOnce() {
		assertThat(BUYER.problems()).isEmpty();
		assertThat(BUYER.cleanEmail()).isEqualTo("an@example.vn");
		var bad = new CheckoutRequest.Buyer(" ", "12345", "not-an-address", "", null);
		assertThat(bad.problems()).extracting(BusinessRuleException.FieldProblem::field)
				.containsExactly("buyer.name", "buyer.phone", "buyer.email", "buyer.address");
		assertThat(new CheckoutRequest.Buyer("An", "0912345678", "  ", "Số 1", "18322").cleanEmail()).isNull();
	}
}
