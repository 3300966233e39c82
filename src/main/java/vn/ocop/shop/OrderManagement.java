package vn.ocop.shop;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.NotFoundException;

/**
 * Orders as their producers work them (confirm, pack, ship, deliver, cancel, the stock put back) and the provincial
 * office sees them, and the producers' bank accounts for transfers.
 */
@Service
class OrderManagement {

	private final ShopOrders orders;
	private final Listings listings;
	private final BankAccounts bankAccounts;
	private final ShopAccess access;
	private final ProductLifecycle lifecycle;
	private final Clock clock;

	OrderManagement(ShopOrders orders, Listings listings, BankAccounts bankAccounts, ShopAccess access,
			ProductLifecycle lifecycle, Clock clock) {
		this.orders = orders;
		this.listings = listings;
		this.bankAccounts = bankAccounts;
		this.access = access;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	/** The orders of the producers the account acts for; every order for the provincial office. */
	@Transactional(readOnly = true)
	List<OrderView> myOrders(@Nullable OrderStatus status) {
		CurrentUser user = access.user();
		List<ShopOrder> found = ShopAccess.isOffice(user) ? orders.findAllByOrderByPlacedAtDesc()
				: orders.findByProducerIdInOrderByPlacedAtDesc(ListingManagement.orEmpty(access.ownProducers(user)));
		return found.stream().filter(o -> status == null || o.getStatus() == status).map(ShopOrder::toView).toList();
	}

	/** An order, for its producer's accounts and the provincial office. */
	@Transactional(readOnly = true)
	OrderView order(String code) {
		ShopOrder order = loadOrder(code);
		access.requireManage(order.getProducerId());
		return order.toView();
	}

	@Transactional
	OrderView confirm(String code) {
		return act(code, (order, user) -> order.confirm(clock.instant(), user));
	}

	@Transactional
	OrderView pack(String code) {
		return act(code, (order, user) -> order.pack(clock.instant(), user));
	}

	@Transactional
	OrderView ship(String code, String carrier, String trackingCode) {
		return act(code, (order, user) -> order.ship(carrier, trackingCode, clock.instant(), user));
	}

	@Transactional
	OrderView deliver(String code) {
		return act(code, (order, user) -> order.deliver(clock.instant(), user));
	}

	/** Cancels with a reason (before shipping) and puts the reserved stock back. */
	@Transactional
	OrderView cancel(String code, String reason) {
		return act(code, (order, user) -> {
			order.cancel(reason, clock.instant(), user);
			Map<UUID, Integer> back = new TreeMap<>();
			order.lines().forEach(l -> back.merge(l.getListingId(), l.getQuantity(), Integer::sum));
			listings.lockAll(back.keySet()).forEach(l -> l.release(back.get(l.getId())));
		});
	}

	private OrderView act(String code, BiConsumer<ShopOrder, String> transition) {
		ShopOrder order = loadOrder(code);
		CurrentUser user = access.requireManage(order.getProducerId());
		transition.accept(order, user.username());
		orders.save(order);
		return order.toView();
	}

	/** The producer's bank account for transfers, if set. */
	@Transactional(readOnly = true)
	Optional<BankAccountView> bankAccount(UUID producerId) {
		access.requireManage(producerId);
		return bankAccounts.findById(producerId).map(BankAccount::toView);
	}

	/** Sets the producer's bank account (its accounts or the provincial office); 422 naming a bad field. */
	@Transactional
	BankAccountView setBankAccount(UUID producerId, BankAccountView details) {
		CurrentUser user = access.requireManage(producerId);
		lifecycle.producer(producerId);
		details.check();
		var account = bankAccounts.findById(producerId);
		if (account.isPresent()) {
			account.get().change(details, clock.instant(), user.username());
			return account.get().toView();
		}
		return bankAccounts.save(new BankAccount(producerId, details, clock.instant(), user.username())).toView();
	}

	/** The producers the signed-in account acts for, id → name (all that have listings, for the office). */
	@Transactional(readOnly = true)
	Map<UUID, String> myProducers() {
		CurrentUser user = access.user();
		Map<UUID, String> result = new LinkedHashMap<>();
		for (UUID id : access.ownProducers(user)) {
			result.put(id, lifecycle.producer(id).name());
		}
		return result;
	}

	private ShopOrder loadOrder(String code) {
		return orders.findByCode(ShopCodes.normalise(code))
				.orElseThrow(() -> new NotFoundException("shop.order.notFound", code));
	}
}
