package vn.ocop.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.CurrentUser;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Money;
import vn.ocop.shared.NotFoundException;

/**
 * Checkout without an account: one order per producer under one checkout code, the stock of every line reserved
 * in one transaction, with the listings locked in a fixed order, so that two buyers racing for the last unit never
 * both get it; prices and totals are the server's, in whole đồng. Buyers find their checkout and track their orders
 * again by code and phone number.
 */
@Service
class CheckoutManagement {

	private static final int LOCK_ATTEMPTS = 3;

	private final Listings listings;
	private final ShopOrders orders;
	private final BankAccounts bankAccounts;
	private final ShopAccess access;
	private final ShopCodes codes;
	private final ProductLifecycle lifecycle;
	private final GeographyApi geography;
	private final Notifications notices;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final EntityManager entityManager;
	private final Clock clock;

	CheckoutManagement(Listings listings, ShopOrders orders, BankAccounts bankAccounts, ShopAccess access,
			ShopCodes codes, ProductLifecycle lifecycle, GeographyApi geography, Notifications notices,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, EntityManager entityManager,
			Clock clock) {
		this.listings = listings;
		this.orders = orders;
		this.bankAccounts = bankAccounts;
		this.access = access;
		this.codes = codes;
		this.lifecycle = lifecycle;
		this.geography = geography;
		this.notices = notices;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Places one order per producer under one checkout code, reserving the stock of every line in one transaction:
	 * all or nothing. 422 naming the field for bad buyer data or items; 409 naming the listing when it is not on
	 * sale or its stock is short, or naming the producer who has no bank account for a transfer.
	 */
	CheckoutView checkout(CheckoutRequest request) {
		ShopOrder.Buyer buyer = validBuyer(request.buyer());
		PaymentMethod method = request.method();
		Map<UUID, Integer> items = request.quantities();
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(transaction.execute(tx -> place(items, buyer, method)));
			}
			catch (PessimisticLockingFailureException e) {
				if (attempt >= LOCK_ATTEMPTS) {
					throw BusinessRuleException.conflict("shop.checkout.busy");
				}
			}
		}
	}

	/**
	 * One checkout in one transaction. The orders, their notices and events are written first from the listings as
	 * read without locks; the listings are then locked (in id order, so two checkouts never wait on each other in a
	 * circle), read again and their stock reserved last, so each lock is held only for the reservation and the
	 * commit, not for the whole checkout. A price that changed in between fails the checkout (409), like short stock.
	 */
	private CheckoutView place(Map<UUID, Integer> items, ShopOrder.Buyer buyer, PaymentMethod method) {
		LocalDate today = today();
		var now = clock.instant();
		Map<UUID, Listing> byId = new LinkedHashMap<>();
		listings.findAllById(items.keySet()).forEach(l -> byId.put(l.getId(), l));
		for (UUID id : items.keySet()) {
			if (!byId.containsKey(id)) {
				throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("listingId", id.toString()),
						"shop.checkout.unknownListing", id);
			}
		}
		// one order per producer, producers in name order, lines in the order the buyer added them
		Map<UUID, List<ShopOrder.Line>> perProducer = new TreeMap<>();
		Map<UUID, String> producerNames = new LinkedHashMap<>();
		Map<UUID, Long> prices = new LinkedHashMap<>();
		for (var item : items.entrySet()) {
			Listing listing = byId.get(item.getKey());
			listing.checkReservable(item.getValue(), today);
			prices.put(listing.getId(), listing.getPriceVnd());
			perProducer.computeIfAbsent(listing.getProducerId(), k -> new ArrayList<>())
					.add(new ShopOrder.Line(listing, item.getValue()));
			producerNames.put(listing.getProducerId(), listing.getProducerName());
		}
		List<UUID> producers = new ArrayList<>(perProducer.keySet());
		producers.sort(Comparator.comparing(producerNames::get));
		Map<UUID, BankAccount> accounts = new LinkedHashMap<>();
		if (method == PaymentMethod.BANK_TRANSFER) {
			for (UUID producer : producers) {
				accounts.put(producer, bankAccounts.findById(producer).orElseThrow(() -> new BusinessRuleException(
						BusinessRuleException.Kind.CONFLICT, Map.of("producerId", producer.toString()),
						"shop.checkout.noBankAccount", producerNames.get(producer))));
			}
		}
		String checkoutCode = newCheckoutCode();
		String actor = buyer.account() == null ? "anonymous" : buyer.account();
		List<ShopOrder> placed = new ArrayList<>();
		int number = 0;
		for (UUID producer : producers) {
			List<ShopOrder.Line> lines = perProducer.get(producer);
			var order = new ShopOrder(checkoutCode + "-" + (++number), checkoutCode, lines.get(0).listing(), buyer,
					method, lines, now, actor);
			BankAccount account = accounts.get(producer);
			if (account != null) {
				order.attachPaymentCode(VietQr.payload(account.getBankBin(), account.getAccountNumber(),
						order.getTotalVnd(), order.getCode()));
			}
			placed.add(orders.save(order));
		}
		long total = placed.stream().mapToLong(ShopOrder::getTotalVnd).reduce(0L, Math::addExact);
		for (ShopOrder order : placed) {
			Set<String> readers = lifecycle.producer(order.getProducerId()).accounts();
			if (!readers.isEmpty()) {
				notices.send(Notice.to(readers, "shop.order-placed", "shop.notice.orderPlaced",
						"/shop/manage/orders/" + order.getCode(), order.getCode(), Money.format(order.getTotalVnd())));
			}
		}
		events.publishEvent(new CheckoutPlaced(checkoutCode, placed.stream().map(ShopOrder::getCode).toList(), total,
				buyer.email()));
		orders.flush();
		// the stock, last: locked, read again, reserved
		// in the database's order of ids (unsigned, as their text sorts), the order the cancellations lock in too
		for (Listing listing : byId.values().stream().sorted(Comparator.comparing(l -> l.getId().toString())).toList()) {
			entityManager.refresh(listing, LockModeType.PESSIMISTIC_WRITE);
			if (listing.getPriceVnd() != prices.get(listing.getId())) {
				throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
						Map.of("listingId", listing.getId().toString()), "shop.checkout.priceChanged", listing.getTitle());
			}
			listing.reserve(items.get(listing.getId()), today);
		}
		return checkoutView(placed, accounts);
	}

	private String newCheckoutCode() {
		for (int attempt = 0; attempt < 10; attempt++) {
			String code = codes.nextCheckout();
			if (!orders.existsByCheckoutCode(code)) {
				return code;
			}
		}
		throw new IllegalStateException("No free checkout code after 10 attempts");
	}

	private CheckoutView checkoutView(List<ShopOrder> placed, Map<UUID, BankAccount> accounts) {
		long total = placed.stream().mapToLong(ShopOrder::getTotalVnd).reduce(0L, Math::addExact);
		var summaries = placed.stream().map(o -> {
			OrderView v = o.toView();
			BankAccount account = accounts.get(o.getProducerId());
			return new CheckoutView.OrderSummary(v.orderCode(), v.producerName(), v.total(), v.status(),
					v.vietQrPayload(), account == null ? null : account.toView());
		}).toList();
		return new CheckoutView(placed.get(0).getCheckoutCode(), summaries, total, placed.get(0).getPaymentMethod(),
				summaries.size() == 1 ? summaries.get(0).vietQrPayload() : null);
	}

	/** A checkout as its buyer sees it again, by its code and the buyer's phone number; 404 otherwise. */
	@Transactional(readOnly = true)
	CheckoutView checkout(String checkoutCode, String phone) {
		String normalised = PhoneNumbers.normalise(phone == null ? "" : phone).orElse("");
		List<ShopOrder> found = orders.findByCheckoutCodeOrderByCode(ShopCodes.normalise(checkoutCode));
		if (found.isEmpty() || !found.get(0).getBuyerPhone().equals(normalised)) {
			throw new NotFoundException("shop.checkout.notFound", checkoutCode);
		}
		Map<UUID, BankAccount> accounts = new LinkedHashMap<>();
		if (found.get(0).getPaymentMethod() == PaymentMethod.BANK_TRANSFER) {
			found.forEach(o -> bankAccounts.findById(o.getProducerId()).ifPresent(a -> accounts.put(o.getProducerId(), a)));
		}
		return checkoutView(found, accounts);
	}

	/**
	 * An order as its buyer tracks it, by the order code (or its checkout code, for a single order) and the phone
	 * number given at checkout; 404 for any mismatch, revealing nothing.
	 */
	@Transactional(readOnly = true)
	OrderView track(String orderCode, String phone) {
		String normalised = PhoneNumbers.normalise(phone == null ? "" : phone).orElse("");
		String code = ShopCodes.normalise(orderCode == null ? "" : orderCode);
		Optional<ShopOrder> order = orders.findByCode(code);
		if (order.isEmpty()) {
			List<ShopOrder> ofCheckout = orders.findByCheckoutCodeOrderByCode(code);
			order = ofCheckout.size() == 1 ? Optional.of(ofCheckout.get(0)) : Optional.empty();
		}
		return order.filter(o -> o.getBuyerPhone().equals(normalised)).map(ShopOrder::toView)
				.orElseThrow(() -> new NotFoundException("shop.order.notFound", orderCode));
	}

	/** The orders the signed-in account placed as a buyer, newest first (an account keeps its purchase history). */
	@Transactional(readOnly = true)
	List<OrderView> myPurchases() {
		return orders.findByBuyerAccountOrderByPlacedAtDesc(access.user().username()).stream().map(ShopOrder::toView)
				.toList();
	}

	/** The delivery details of the signed-in account's latest purchase, to fill in the next checkout. */
	@Transactional(readOnly = true)
	Optional<CheckoutRequest.Buyer> lastBuyerDetails() {
		return access.maybeUser().flatMap(u -> orders.findByBuyerAccountOrderByPlacedAtDesc(u.username()).stream()
				.findFirst()).map(o -> {
					OrderView v = o.toView();
					return new CheckoutRequest.Buyer(v.buyerName(), v.buyerPhone(), v.buyerEmail(), v.buyerAddress(),
							v.buyerCommuneCode());
				});
	}

	/** The communes (xã, phường) in force today inside the province, for the address form. */
	List<Unit> communesOf(String provinceCode) {
		LocalDate today = today();
		return geography.unitsInForce(today, UnitLevel.COMMUNE, null).stream()
				.filter(u -> geography.isWithin(u.code(), provinceCode, today))
				.sorted(Comparator.comparing(Unit::name)).toList();
	}

	/** The provinces in force today. */
	List<Unit> provinces() {
		return geography.unitsInForce(today(), UnitLevel.PROVINCE, null);
	}

	/** The buyer's details, every bad field named at once (the checkout form marks them all). */
	private ShopOrder.Buyer validBuyer(CheckoutRequest.@Nullable Buyer buyer) {
		if (buyer == null) {
			throw CheckoutRequest.invalid("buyer", "shop.checkout.buyer");
		}
		List<BusinessRuleException.FieldProblem> problems = buyer.problems();
		LocalDate today = today();
		String commune = buyer.communeCode() == null ? "" : buyer.communeCode().strip();
		Optional<Unit> unit = commune.isEmpty() ? Optional.empty() : geography.find(commune, today);
		if (unit.isEmpty() || unit.get().level() != UnitLevel.COMMUNE || !unit.get().inForceOn(today)) {
			problems.add(new BusinessRuleException.FieldProblem("buyer.communeCode", "shop.checkout.commune"));
		}
		if (!problems.isEmpty()) {
			throw BusinessRuleException.invalidFields(problems);
		}
		String account = access.maybeUser().map(CurrentUser::username).orElse(null);
		return new ShopOrder.Buyer(buyer.name().strip(), PhoneNumbers.normalise(buyer.phone()).orElseThrow(),
				buyer.cleanEmail(), buyer.address().strip(), commune, account);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
