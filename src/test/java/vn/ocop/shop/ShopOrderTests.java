package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.BusinessRuleException.Kind;

/**
 * An order keeps the prices charged and moves only through the legal states: placed → confirmed → packed → shipped
 * → delivered, cancelled with a reason before shipping; every move is on its history.
 */
class ShopOrderTests {

	static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");

	UUID producer = UUID.randomUUID();
	Listing oranges = ListingTests.listing(producer, 250_000, 10);
	Listing honey = ListingTests.listing(producer, 120_500, 10);

	ShopOrder order = place(List.of(new ShopOrder.Line(oranges, 2), new ShopOrder.Line(honey, 3)));

	ShopOrder place(List<ShopOrder.Line> lines) {
		return new ShopOrder("DH-0001", "TT-0001", oranges,
				new ShopOrder.Buyer("Nguyễn Văn An", "0912345678", "an@example.vn", "12 Trần Phú", "18322", null),
				PaymentMethod.COD, lines, NOW, "buyer");
	}

	@Test
	void shouldBePlacedWithTheLinesAsChargedAndTheirExactSum() {
		OrderView view = order.toView();

		assertThat(view.status()).isEqualTo(OrderStatus.PLACED);
		assertThat(view.total()).isEqualTo(2 * 250_000 + 3 * 120_500);
		assertThat(view.lines()).extracting(OrderView.Line::unitPriceVnd, OrderView.Line::quantity,
				OrderView.Line::lineTotalVnd)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(250_000L, 2, 500_000L),
						org.assertj.core.groups.Tuple.tuple(120_500L, 3, 361_500L));
		assertThat(view.producerId()).isEqualTo(producer);
		assertThat(view.placedAt()).isEqualTo(NOW);
		assertThat(view.history()).containsExactly(new OrderView.Change(null, OrderStatus.PLACED, NOW, "buyer", null));
	}

	@Test
	void shouldKeepThePriceChargedWhenTheListingChangesLater() {
		oranges.update(new ListingDetails("Cam", null, "hộp", 999_000, 10, null, null, null, null), NOW);

		assertThat(order.getTotalVnd()).isEqualTo(861_500);
		assertThat(order.toView().lines().get(0).unitPriceVnd()).isEqualTo(250_000);
	}

	@Test
	void shouldRefuseAnEmptyOrderAnotherProducersListingAndANonPositiveQuantity() {
		assertThatThrownBy(() -> place(List.of())).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("An order has at least one line");
		Listing foreign = ListingTests.listing(UUID.randomUUID(), 10_000, 1);
		assertThatThrownBy(() -> place(List.of(new ShopOrder.Line(oranges, 1), new ShopOrder.Line(foreign, 1))))
				.isInstanceOf(IllegalArgumentException.class).hasMessage("An order holds the listings of one producer");
		assertThatThrownBy(() -> place(List.of(new ShopOrder.Line(oranges, 0))))
				.isInstanceOf(IllegalArgumentException.class).hasMessage("A line has a positive quantity");
	}

	@Test
	void shouldGoAllTheWayToDeliveredRecordingEachMove() {
		order.confirm(NOW.plusSeconds(1), "producer");
		order.pack(NOW.plusSeconds(2), "producer");
		order.ship(" GHN ", " GHN123 ", NOW.plusSeconds(3), "producer");
		order.deliver(NOW.plusSeconds(4), "producer");

		OrderView view = order.toView();
		assertThat(view.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(view.carrier()).isEqualTo("GHN");
		assertThat(view.trackingCode()).isEqualTo("GHN123");
		assertThat(view.statusChangedAt()).isEqualTo(NOW.plusSeconds(4));
		assertThat(order.getDeliveredAt()).isEqualTo(NOW.plusSeconds(4));
		assertThat(view.history()).containsExactly(new OrderView.Change(null, OrderStatus.PLACED, NOW, "buyer", null),
				new OrderView.Change(OrderStatus.PLACED, OrderStatus.CONFIRMED, NOW.plusSeconds(1), "producer", null),
				new OrderView.Change(OrderStatus.CONFIRMED, OrderStatus.PACKED, NOW.plusSeconds(2), "producer", null),
				new OrderView.Change(OrderStatus.PACKED, OrderStatus.SHIPPED, NOW.plusSeconds(3), "producer",
						"GHN GHN123"),
				new OrderView.Change(OrderStatus.SHIPPED, OrderStatus.DELIVERED, NOW.plusSeconds(4), "producer", null));
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "PLACED", "CONFIRMED", "PACKED" })
	void shouldCancelBeforeShippingWithTheReason(OrderStatus from) {
		moveTo(from);

		order.cancel(" Hết hàng ", NOW.plusSeconds(10), "producer");

		OrderView view = order.toView();
		assertThat(view.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(view.cancelReason()).isEqualTo("Hết hàng");
		assertThat(view.history()).last()
				.isEqualTo(new OrderView.Change(from, OrderStatus.CANCELLED, NOW.plusSeconds(10), "producer", "Hết hàng"));
	}

	/** Every state against every move: only the moves of {@link OrderStatus#next()} are allowed. */
	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void shouldRefuseEveryIllegalMoveLeavingTheOrderAsItWas(OrderStatus from) {
		Map<OrderStatus, Set<OrderStatus>> legal = Map.of(OrderStatus.PLACED,
				Set.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED), OrderStatus.CONFIRMED,
				Set.of(OrderStatus.PACKED, OrderStatus.CANCELLED), OrderStatus.PACKED,
				Set.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED), OrderStatus.SHIPPED, Set.of(OrderStatus.DELIVERED),
				OrderStatus.DELIVERED, Set.of(), OrderStatus.CANCELLED, Set.of());
		assertThat(from.next()).isEqualTo(legal.get(from));

		// no method moves an order back to PLACED
		EnumSet<OrderStatus> illegal = EnumSet.complementOf(EnumSet.of(OrderStatus.PLACED));
		illegal.removeAll(legal.get(from));
		for (OrderStatus target : illegal) {
			order = place(List.of(new ShopOrder.Line(oranges, 1)));
			moveTo(from);
			int moves = order.toView().history().size();

			assertThatThrownBy(() -> move(target).accept(order)).as("%s → %s", from, target)
					.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
						assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
						assertThat(e.messageCode()).isEqualTo("shop.order.illegalMove");
						assertThat(e.arguments()).containsExactly("DH-0001", from.name(), target.name());
						assertThat(e.properties()).isEqualTo(Map.of("currentStatus", from.name()));
					});
			assertThat(order.getStatus()).isEqualTo(from);
			assertThat(order.toView().history()).hasSize(moves);
		}
	}

	@Test
	void shouldRefuseACancellationWithoutAReason() {
		assertThatThrownBy(() -> order.cancel(" ", NOW, "producer")).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> {
					assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
					assertThat(e.messageCode()).isEqualTo("shop.order.reasonRequired");
					assertThat(e.properties()).isEqualTo(Map.of("field", "reason"));
				});
		assertThatThrownBy(() -> order.cancel("x".repeat(1001), NOW, "producer"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("shop.order.reasonRequired"));
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PLACED);
		assertThat(order.toView().cancelReason()).isNull();
	}

	@Test
	void shouldRefuseShippingWithoutCarrierOrTrackingCode() {
		moveTo(OrderStatus.PACKED);

		assertThatThrownBy(() -> order.ship("", "GHN123", NOW, "producer"))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
					assertThat(e.messageCode()).isEqualTo("shop.order.carrierRequired");
					assertThat(e.properties()).isEqualTo(Map.of("field", "carrier"));
				});
		assertThatThrownBy(() -> order.ship("GHN", "x".repeat(101), NOW, "producer"))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.messageCode()).isEqualTo("shop.order.trackingRequired");
					assertThat(e.properties()).isEqualTo(Map.of("field", "trackingCode"));
				});
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PACKED);
		assertThat(order.toView().carrier()).isNull();
	}

	@Test
	void shouldKeepTheBankTransferPayload() {
		order.attachPaymentCode("000201010212");

		assertThat(order.toView().vietQrPayload()).isEqualTo("000201010212");
	}

	private void moveTo(OrderStatus target) {
		List<OrderStatus> path = switch (target) {
			case PLACED -> List.of();
			case CONFIRMED -> List.of(OrderStatus.CONFIRMED);
			case PACKED -> List.of(OrderStatus.CONFIRMED, OrderStatus.PACKED);
			case SHIPPED -> List.of(OrderStatus.CONFIRMED, OrderStatus.PACKED, OrderStatus.SHIPPED);
			case DELIVERED -> List.of(OrderStatus.CONFIRMED, OrderStatus.PACKED, OrderStatus.SHIPPED,
					OrderStatus.DELIVERED);
			case CANCELLED -> List.of(OrderStatus.CANCELLED);
		};
		path.forEach(step -> move(step).accept(order));
		assertThat(order.getStatus()).isEqualTo(target);
	}

	private static Consumer<ShopOrder> move(OrderStatus target) {
		return switch (target) {
			case CONFIRMED -> o -> o.confirm(NOW, "producer");
			case PACKED -> o -> o.pack(NOW, "producer");
			case SHIPPED -> o -> o.ship("GHN", "GHN123", NOW, "producer");
			case DELIVERED -> o -> o.deliver(NOW, "producer");
			case CANCELLED -> o -> o.cancel("Khách đổi ý", NOW, "producer");
			case PLACED -> throw new IllegalArgumentException("No move leads back to PLACED");
		};
	}
}
