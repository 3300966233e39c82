package vn.ocop.shop;

import java.io.IOException;
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
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.CurrentUser;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * The marketplace's use cases: producers publish listings of their certified products, pause them and work their
 * orders (confirm, pack, ship, deliver, cancel); buyers browse, check out without an account and track their
 * orders by code and phone number; the provincial office sees all orders.
 * <p>
 * Checkout reserves the stock of every listing in one transaction, with the listings locked in a fixed order, so
 * that two buyers racing for the last unit never both get it; prices and totals are the server's, in whole đồng.
 */
@Service
public class ShopManagement {

	public static final int PAGE_SIZE = 24;
	static final int MAX_ITEMS = 50;
	static final int MAX_QUANTITY = 999;
	private static final int LOCK_ATTEMPTS = 3;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Listings listings;
	private final ShopOrders orders;
	private final BankAccounts bankAccounts;
	private final ShopAccess access;
	private final ShopCodes codes;
	private final ProductLifecycle lifecycle;
	private final CertificationManagement certification;
	private final GeographyApi geography;
	private final Notifications notices;
	private final FileStorage files;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final EntityManager entityManager;

	ShopManagement(Listings listings, ShopOrders orders, BankAccounts bankAccounts, ShopAccess access, ShopCodes codes,
			ProductLifecycle lifecycle, CertificationManagement certification, GeographyApi geography,
			Notifications notices, FileStorage files, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.listings = listings;
		this.orders = orders;
		this.bankAccounts = bankAccounts;
		this.access = access;
		this.codes = codes;
		this.lifecycle = lifecycle;
		this.certification = certification;
		this.geography = geography;
		this.notices = notices;
		this.files = files;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// ---------------------------------------------------------------- listings (producers)

	/**
	 * Publishes a listing of a product whose certificate is in force (the product's producer or the provincial
	 * office): 404 for an unknown product, 403 for another producer's, 409 without a certificate in force, 422 for a
	 * bad field.
	 */
	@Transactional
	public ListingView publish(UUID productId, ListingDetails details) {
		ProductSummary product = lifecycle.summary(productId);
		CurrentUser user = access.requireManage(product.producerId());
		details.check();
		CertificateView certificate = certificateInForce(productId)
				.orElseThrow(() -> new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
						Map.of("productId", productId.toString()), "shop.listing.notCertified", product.name()));
		var listing = new Listing(new Listing.Certified(product.id(), product.producerId(), product.name(),
				product.producerName(), product.productSetCode(), product.communeCode(), product.unitDate(),
				certificate.code(), certificate.validUntil(), certificate.stars()), details, clock.instant(),
				user.username());
		return listings.save(listing).toView(today());
	}

	/** Changes a listing's title, variant, unit, price, stock, weight, delivery area or lead time. */
	@Transactional
	public ListingView update(UUID listingId, ListingDetails details) {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		listing.update(details, clock.instant());
		return listing.toView(today());
	}

	@Transactional
	public ListingView pause(UUID listingId) {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		listing.pause(clock.instant());
		return listing.toView(today());
	}

	@Transactional
	public ListingView resume(UUID listingId) {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		listing.resume(today(), clock.instant());
		return listing.toView(today());
	}

	/** Adds a photo (JPEG, PNG or WebP, checked by content) to a listing; at most {@value Listing#MAX_PHOTOS}. */
	@Transactional
	public ListingView addPhoto(UUID listingId, byte[] content) throws IOException {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		if (ImageTypes.of(content).isEmpty()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("field", "file"),
					"shop.listing.photoType");
		}
		listing.addPhoto(files.store("shop", content), clock.instant());
		return listing.toView(today());
	}

	/** A listing's photo, for anyone while the listing is on sale, else for its managers. */
	@Transactional(readOnly = true)
	public Optional<Photo> photo(UUID listingId, int index) throws IOException {
		Listing listing = loadListing(listingId);
		if (!listing.isOnSale(today())) {
			requireManageQuietly(listing);
		}
		List<String> keys = listing.photos();
		if (index < 0 || index >= keys.size()) {
			return Optional.empty();
		}
		try (var in = files.open(keys.get(index))) {
			byte[] bytes = in.readAllBytes();
			return Optional.of(new Photo(ImageTypes.of(bytes).orElse("application/octet-stream"), bytes));
		}
	}

	public record Photo(String contentType, byte[] content) {
	}

	/** The listings of the producers the account acts for (all listings for the provincial office). */
	@Transactional(readOnly = true)
	public List<ListingView> myListings() {
		CurrentUser user = access.user();
		LocalDate today = today();
		List<Listing> found = ShopAccess.isOffice(user) ? listings.findAllByOrderByCreatedAtDesc()
				: listings.findByProducerIdInOrderByCreatedAtDesc(orEmpty(access.ownProducers(user)));
		return found.stream().map(l -> l.toView(today)).toList();
	}

	/** The certified products (certificate in force) the account may list, for the listing form. */
	@Transactional(readOnly = true)
	public List<CertifiedProduct> listableProducts() {
		CurrentUser user = access.user();
		Set<UUID> own = access.ownProducers(user);
		boolean office = ShopAccess.isOffice(user);
		Map<UUID, CertifiedProduct> byProduct = new LinkedHashMap<>();
		for (CertificateView c : inForce()) {
			if (office || own.contains(c.producerId())) {
				byProduct.putIfAbsent(c.productId(), new CertifiedProduct(c.productId(), c.productName(),
						c.producerName(), c.stars(), c.code()));
			}
		}
		return List.copyOf(byProduct.values());
	}

	/** A product that may be listed, with the certificate in force. */
	public record CertifiedProduct(UUID productId, String productName, String producerName, int stars,
			String certificateCode) {
	}

	// ---------------------------------------------------------------- the public shop

	/** The listings on sale, best stars first; {@code q} matches title, variant, product and producer without diacritics. */
	@Transactional(readOnly = true)
	public Page<ListingView> onSale(@Nullable String q, int page) {
		String pattern = q == null || q.isBlank() ? "%" : "%" + ShopText.fold(q).replace("%", "").replace("_", "") + "%";
		LocalDate today = today();
		return listings.onSale(today, pattern, PageRequest.of(Math.max(0, page), PAGE_SIZE)).map(l -> l.toView(today));
	}

	/**
	 * The version of the listings on sale: it changes after every committed change of a listing and with the date
	 * (a certificate's last day passes), so a page derived from {@link #onSale(String, int)} can be kept under it.
	 * Read it before the listings.
	 */
	public String listingsVersion() {
		return ListingChanges.version() + "@" + today();
	}

	/** A listing for the public: 404 unless on sale (its managers always see it). */
	@Transactional(readOnly = true)
	public ListingView listing(UUID id) {
		Listing listing = loadListing(id);
		if (!listing.isOnSale(today())) {
			requireManageQuietly(listing);
		}
		return listing.toView(today());
	}

	/** The listings with these ids that are on sale, in the order asked (for the cart). */
	@Transactional(readOnly = true)
	public List<ListingView> onSale(List<UUID> ids) {
		LocalDate today = today();
		Map<UUID, Listing> found = new LinkedHashMap<>();
		listings.findAllById(ids).forEach(l -> found.put(l.getId(), l));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).filter(l -> l.isOnSale(today))
				.map(l -> l.toView(today)).toList();
	}

	// ---------------------------------------------------------------- checkout

	/**
	 * Places one order per producer under one checkout code, reserving the stock of every line in one transaction:
	 * all or nothing. 422 naming the field for bad buyer data or items; 409 naming the listing when it is not on
	 * sale or its stock is short, or naming the producer who has no bank account for a transfer.
	 */
	public CheckoutView checkout(CheckoutRequest request) {
		ShopOrder.Buyer buyer = validBuyer(request.buyer());
		PaymentMethod method = request.paymentMethod();
		if (method == null) {
			throw invalid("paymentMethod", "shop.checkout.paymentMethod");
		}
		Map<UUID, Integer> items = validItems(request.items());
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
	public CheckoutView checkout(String checkoutCode, String phone) {
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
	public OrderView track(String orderCode, String phone) {
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
	public List<OrderView> myPurchases() {
		return orders.findByBuyerAccountOrderByPlacedAtDesc(access.user().username()).stream().map(ShopOrder::toView)
				.toList();
	}

	/** The delivery details of the signed-in account's latest purchase, to fill in the next checkout. */
	@Transactional(readOnly = true)
	public Optional<CheckoutRequest.Buyer> lastBuyerDetails() {
		return access.maybeUser().flatMap(u -> orders.findByBuyerAccountOrderByPlacedAtDesc(u.username()).stream()
				.findFirst()).map(o -> {
					OrderView v = o.toView();
					return new CheckoutRequest.Buyer(v.buyerName(), v.buyerPhone(), v.buyerEmail(), v.buyerAddress(),
							v.buyerCommuneCode());
				});
	}

	// ---------------------------------------------------------------- orders (producers and office)

	/** The orders of the producers the account acts for; every order for the provincial office. */
	@Transactional(readOnly = true)
	public List<OrderView> myOrders(@Nullable OrderStatus status) {
		CurrentUser user = access.user();
		List<ShopOrder> found = ShopAccess.isOffice(user) ? orders.findAllByOrderByPlacedAtDesc()
				: orders.findByProducerIdInOrderByPlacedAtDesc(orEmpty(access.ownProducers(user)));
		return found.stream().filter(o -> status == null || o.getStatus() == status).map(ShopOrder::toView).toList();
	}

	/** An order, for its producer's accounts and the provincial office. */
	@Transactional(readOnly = true)
	public OrderView order(String code) {
		ShopOrder order = loadOrder(code);
		access.requireManage(order.getProducerId());
		return order.toView();
	}

	@Transactional
	public OrderView confirm(String code) {
		return act(code, (order, user) -> order.confirm(clock.instant(), user));
	}

	@Transactional
	public OrderView pack(String code) {
		return act(code, (order, user) -> order.pack(clock.instant(), user));
	}

	@Transactional
	public OrderView ship(String code, String carrier, String trackingCode) {
		return act(code, (order, user) -> order.ship(carrier, trackingCode, clock.instant(), user));
	}

	@Transactional
	public OrderView deliver(String code) {
		return act(code, (order, user) -> order.deliver(clock.instant(), user));
	}

	/** Cancels with a reason (before shipping) and puts the reserved stock back. */
	@Transactional
	public OrderView cancel(String code, String reason) {
		return act(code, (order, user) -> {
			order.cancel(reason, clock.instant(), user);
			Map<UUID, Integer> back = new TreeMap<>();
			order.lines().forEach(l -> back.merge(l.getListingId(), l.getQuantity(), Integer::sum));
			listings.lockAll(back.keySet()).forEach(l -> l.release(back.get(l.getId())));
		});
	}

	private OrderView act(String code, java.util.function.BiConsumer<ShopOrder, String> transition) {
		ShopOrder order = loadOrder(code);
		CurrentUser user = access.requireManage(order.getProducerId());
		transition.accept(order, user.username());
		orders.save(order);
		return order.toView();
	}

	// ---------------------------------------------------------------- bank account

	/** The producer's bank account for transfers, if set. */
	@Transactional(readOnly = true)
	public Optional<BankAccountView> bankAccount(UUID producerId) {
		access.requireManage(producerId);
		return bankAccounts.findById(producerId).map(BankAccount::toView);
	}

	/** Sets the producer's bank account (its accounts or the provincial office); 422 naming a bad field. */
	@Transactional
	public BankAccountView setBankAccount(UUID producerId, BankAccountView details) {
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
	public Map<UUID, String> myProducers() {
		CurrentUser user = access.user();
		Map<UUID, String> result = new LinkedHashMap<>();
		for (UUID id : access.ownProducers(user)) {
			result.put(id, lifecycle.producer(id).name());
		}
		return result;
	}

	// ---------------------------------------------------------------- certificate events

	/** The product's certificate expired or was revoked: its listings are hidden and the producer told why. */
	@Transactional
	public void certificateEnded(String certificateCode, UUID productId, UUID producerId, boolean revoked) {
		var now = clock.instant();
		List<String> hidden = new ArrayList<>();
		for (Listing listing : listings.findByProductId(productId)) {
			if (listing.getCertificateCode().equals(certificateCode)
					&& listing.suspend(revoked ? Listing.Suspension.REVOKED : Listing.Suspension.EXPIRED, now)) {
				hidden.add(listing.getTitle());
			}
		}
		if (!hidden.isEmpty()) {
			tellProducer(producerId, revoked ? "shop.listing-revoked" : "shop.listing-expired",
					revoked ? "shop.notice.hiddenRevoked" : "shop.notice.hiddenExpired", String.join(", ", hidden),
					certificateCode);
		}
	}

	/** A downgrade: the product's listings show the new stars, and the producer is told. */
	@Transactional
	public void certificateDowngraded(String certificateCode, UUID productId, UUID producerId, int stars) {
		var now = clock.instant();
		List<String> changed = new ArrayList<>();
		for (Listing listing : listings.findByProductId(productId)) {
			if (listing.getCertificateCode().equals(certificateCode) && listing.getStars() != stars) {
				listing.downgrade(stars, now);
				changed.add(listing.getTitle());
			}
		}
		if (!changed.isEmpty()) {
			tellProducer(producerId, "shop.listing-downgraded", "shop.notice.downgraded", String.join(", ", changed),
					stars);
		}
	}

	/** A new certificate (a renewal): the product's listings carry it, and those hidden come back. */
	@Transactional
	public void certificateIssued(String certificateCode, UUID productId, UUID producerId, int stars,
			LocalDate validUntil) {
		var now = clock.instant();
		List<String> restored = new ArrayList<>();
		for (Listing listing : listings.findByProductId(productId)) {
			boolean wasHidden = listing.getStatus() == ListingStatus.SUSPENDED;
			listing.recertify(certificateCode, stars, validUntil, now);
			if (wasHidden) {
				restored.add(listing.getTitle());
			}
		}
		if (!restored.isEmpty()) {
			tellProducer(producerId, "shop.listing-restored", "shop.notice.restored", String.join(", ", restored),
					certificateCode);
		}
	}

	private void tellProducer(UUID producerId, String topic, String messageCode, Object... args) {
		Set<String> readers = lifecycle.producer(producerId).accounts();
		if (!readers.isEmpty()) {
			notices.send(Notice.to(readers, topic, messageCode, "/shop/manage", args));
		}
	}

	// ---------------------------------------------------------------- helpers

	/** The communes (xã, phường) in force today inside the province, for the address form. */
	public List<Unit> communesOf(String provinceCode) {
		LocalDate today = today();
		return geography.unitsInForce(today, UnitLevel.COMMUNE, null).stream()
				.filter(u -> geography.isWithin(u.code(), provinceCode, today))
				.sorted(Comparator.comparing(Unit::name)).toList();
	}

	/** The provinces in force today. */
	public List<Unit> provinces() {
		return geography.unitsInForce(today(), UnitLevel.PROVINCE, null);
	}

	private List<CertificateView> inForce() {
		return certification.certificates(new CertificateFilter(null, null, null)).stream()
				.filter(c -> c.status().inForce()).toList();
	}

	private Optional<CertificateView> certificateInForce(UUID productId) {
		return inForce().stream().filter(c -> c.productId().equals(productId))
				.max(Comparator.comparing(CertificateView::validUntil));
	}

	/** The buyer's details, every bad field named at once (the checkout form marks them all). */
	private ShopOrder.Buyer validBuyer(CheckoutRequest.@Nullable Buyer buyer) {
		if (buyer == null) {
			throw invalid("buyer", "shop.checkout.buyer");
		}
		List<BusinessRuleException.FieldProblem> problems = new ArrayList<>();
		if (buyer.name() == null || buyer.name().isBlank() || buyer.name().strip().length() > 200) {
			problems.add(new BusinessRuleException.FieldProblem("buyer.name", "shop.checkout.name"));
		}
		Optional<String> phone = PhoneNumbers.normalise(buyer.phone() == null ? "" : buyer.phone());
		if (phone.isEmpty()) {
			problems.add(new BusinessRuleException.FieldProblem("buyer.phone", "shop.checkout.phone"));
		}
		String email = buyer.email() == null || buyer.email().isBlank() ? null : buyer.email().strip();
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.add(new BusinessRuleException.FieldProblem("buyer.email", "shop.checkout.email"));
		}
		if (buyer.address() == null || buyer.address().isBlank() || buyer.address().strip().length() > 500) {
			problems.add(new BusinessRuleException.FieldProblem("buyer.address", "shop.checkout.address"));
		}
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
		return new ShopOrder.Buyer(buyer.name().strip(), phone.orElseThrow(), email, buyer.address().strip(), commune,
				account);
	}

	private static Map<UUID, Integer> validItems(@Nullable List<CheckoutRequest.Item> items) {
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

	private static BusinessRuleException invalid(String field, String messageCode, Object... args) {
		return new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("field", field), messageCode,
				args);
	}

	private void requireManageQuietly(Listing listing) {
		var user = access.maybeUser();
		if (user.isEmpty() || !access.mayManage(user.get(), listing.getProducerId())) {
			throw new NotFoundException("shop.listing.notFound", listing.getId());
		}
	}

	private Listing loadListing(UUID id) {
		return listings.findById(id).orElseThrow(() -> new NotFoundException("shop.listing.notFound", id));
	}

	private ShopOrder loadOrder(String code) {
		return orders.findByCode(ShopCodes.normalise(code))
				.orElseThrow(() -> new NotFoundException("shop.order.notFound", code));
	}

	private static Set<UUID> orEmpty(Set<UUID> ids) {
		return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
