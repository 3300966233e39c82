package vn.ocop.shop;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

import vn.ocop.geography.Unit;

/**
 * The marketplace's API: producers publish listings of their certified products, pause them and work their orders
 * (confirm, pack, ship, deliver, cancel); buyers browse, check out without an account and track their orders by code
 * and phone number; the provincial office sees all orders. Each use case lives in its own class —
 * {@link ListingManagement}, {@link CheckoutManagement}, {@link OrderManagement} — and the listings follow the
 * certificates by their events ({@link CertificateEvents}).
 */
@Service
public class ShopManagement {

	public static final int PAGE_SIZE = 24;

	private final ListingManagement listings;
	private final CheckoutManagement checkouts;
	private final OrderManagement orders;

	ShopManagement(ListingManagement listings, CheckoutManagement checkouts, OrderManagement orders) {
		this.listings = listings;
		this.checkouts = checkouts;
		this.orders = orders;
	}

	// ---------------------------------------------------------------- listings (producers)

	/**
	 * Publishes a listing of a product whose certificate is in force (the product's producer or the provincial
	 * office): 404 for an unknown product, 403 for another producer's, 409 without a certificate in force, 422 for a
	 * bad field.
	 */
	public ListingView publish(UUID productId, ListingDetails details) {
		return listings.publish(productId, details);
	}

	/** Changes a listing's title, variant, unit, price, stock, weight, delivery area or lead time. */
	public ListingView update(UUID listingId, ListingDetails details) {
		return listings.update(listingId, details);
	}

	public ListingView pause(UUID listingId) {
		return listings.pause(listingId);
	}

	public ListingView resume(UUID listingId) {
		return listings.resume(listingId);
	}

	/** Adds a photo (JPEG, PNG or WebP, checked by content) to a listing; at most {@value Listing#MAX_PHOTOS}. */
	public ListingView addPhoto(UUID listingId, byte[] content) throws IOException {
		return listings.addPhoto(listingId, content);
	}

	/** A listing's photo, for anyone while the listing is on sale, else for its managers. */
	public Optional<Photo> photo(UUID listingId, int index) throws IOException {
		return listings.photo(listingId, index);
	}

	public record Photo(String contentType, byte[] content) {
	}

	/** The listings of the producers the account acts for (all listings for the provincial office). */
	public List<ListingView> myListings() {
		return listings.myListings();
	}

	/** The certified products (certificate in force) the account may list, for the listing form. */
	public List<CertifiedProduct> listableProducts() {
		return listings.listableProducts();
	}

	/** A product that may be listed, with the certificate in force. */
	public record CertifiedProduct(UUID productId, String productName, String producerName, int stars,
			String certificateCode) {
	}

	// ---------------------------------------------------------------- the public shop

	/** The listings on sale, best stars first; {@code q} matches title, variant, product and producer without diacritics. */
	public Page<ListingView> onSale(@Nullable String q, int page) {
		return listings.onSale(q, page);
	}

	/**
	 * The version of the listings on sale: it changes after every committed change of a listing and with the date
	 * (a certificate's last day passes), so a page derived from {@link #onSale(String, int)} can be kept under it.
	 * Read it before the listings.
	 */
	public String listingsVersion() {
		return listings.listingsVersion();
	}

	/** A listing for the public: 404 unless on sale (its managers always see it). */
	public ListingView listing(UUID id) {
		return listings.listing(id);
	}

	/** The listings with these ids that are on sale, in the order asked (for the cart). */
	public List<ListingView> onSale(List<UUID> ids) {
		return listings.onSale(ids);
	}

	// ---------------------------------------------------------------- checkout

	/**
	 * Places one order per producer under one checkout code, reserving the stock of every line in one transaction:
	 * all or nothing. 422 naming the field for bad buyer data or items; 409 naming the listing when it is not on
	 * sale or its stock is short, or naming the producer who has no bank account for a transfer.
	 */
	public CheckoutView checkout(CheckoutRequest request) {
		return checkouts.checkout(request);
	}

	/** A checkout as its buyer sees it again, by its code and the buyer's phone number; 404 otherwise. */
	public CheckoutView checkout(String checkoutCode, String phone) {
		return checkouts.checkout(checkoutCode, phone);
	}

	/**
	 * An order as its buyer tracks it, by the order code (or its checkout code, for a single order) and the phone
	 * number given at checkout; 404 for any mismatch, revealing nothing.
	 */
	public OrderView track(String orderCode, String phone) {
		return checkouts.track(orderCode, phone);
	}

	/** The orders the signed-in account placed as a buyer, newest first (an account keeps its purchase history). */
	public List<OrderView> myPurchases() {
		return checkouts.myPurchases();
	}

	/** The delivery details of the signed-in account's latest purchase, to fill in the next checkout. */
	public Optional<CheckoutRequest.Buyer> lastBuyerDetails() {
		return checkouts.lastBuyerDetails();
	}

	/** The communes (xã, phường) in force today inside the province, for the address form. */
	public List<Unit> communesOf(String provinceCode) {
		return checkouts.communesOf(provinceCode);
	}

	/** The provinces in force today. */
	public List<Unit> provinces() {
		return checkouts.provinces();
	}

	// ---------------------------------------------------------------- orders (producers and office)

	/** The orders of the producers the account acts for; every order for the provincial office. */
	public List<OrderView> myOrders(@Nullable OrderStatus status) {
		return orders.myOrders(status);
	}

	/** An order, for its producer's accounts and the provincial office. */
	public OrderView order(String code) {
		return orders.order(code);
	}

	public OrderView confirm(String code) {
		return orders.confirm(code);
	}

	public OrderView pack(String code) {
		return orders.pack(code);
	}

	public OrderView ship(String code, String carrier, String trackingCode) {
		return orders.ship(code, carrier, trackingCode);
	}

	public OrderView deliver(String code) {
		return orders.deliver(code);
	}

	/** Cancels with a reason (before shipping) and puts the reserved stock back. */
	public OrderView cancel(String code, String reason) {
		return orders.cancel(code, reason);
	}

	/** The producer's bank account for transfers, if set. */
	public Optional<BankAccountView> bankAccount(UUID producerId) {
		return orders.bankAccount(producerId);
	}

	/** Sets the producer's bank account (its accounts or the provincial office); 422 naming a bad field. */
	public BankAccountView setBankAccount(UUID producerId, BankAccountView details) {
		return orders.setBankAccount(producerId, details);
	}

	/** The producers the signed-in account acts for, id → name (all that have listings, for the office). */
	public Map<UUID, String> myProducers() {
		return orders.myProducers();
	}
}
