package vn.ocop.shop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Texts;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * A listing (tin bán hàng): one variant of a certified product offered by its producer at a price in VND with a
 * stock. It carries the product's certificate and its current stars, and guards its own state: only a listing that
 * is ACTIVE, whose certificate is in force, may be sold; stock is reserved and released only in whole units and
 * never goes below zero.
 */
@Entity
@EntityListeners(vn.ocop.shared.cluster.EntityChanges.class)
@Table(name = "shop_listing")
@vn.ocop.shared.cluster.ClusterBroadcast
class Listing {

	static final int MAX_PHOTOS = 5;

	/** Why a listing was hidden automatically. */
	enum Suspension {
		EXPIRED, REVOKED
	}

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "product_name", nullable = false, length = 300)
	private String productName;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Column(name = "product_set_code", nullable = false, length = 32)
	private String productSetCode;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 16))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(name = "certificate_code", nullable = false, length = 32)
	private String certificateCode;

	@Column(name = "certificate_valid_until", nullable = false)
	private LocalDate certificateValidUntil;

	@Column(nullable = false)
	private int stars;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 100)
	private @Nullable String variant;

	@Column(nullable = false, length = 50)
	private String unit;

	@Column(name = "price_vnd", nullable = false)
	private long priceVnd;

	@Column(nullable = false)
	private int stock;

	@Column(name = "weight_grams")
	private @Nullable Integer weightGrams;

	@Column(name = "delivery_area", length = 300)
	private @Nullable String deliveryArea;

	@Column(name = "lead_time_days")
	private @Nullable Integer leadTimeDays;

	@Column(length = 2000)
	private @Nullable String description;

	/** Keys of the photos in the file storage, separated by commas. */
	@Column(name = "photo_keys", length = 2000)
	private @Nullable String photoKeys;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ListingStatus status;

	/** The status to return to when a suspended listing's product is certified again. */
	@Enumerated(EnumType.STRING)
	@Column(name = "suspended_from", length = 16)
	private @Nullable ListingStatus suspendedFrom;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable Suspension suspension;

	@AuditIgnored
	@Column(name = "search_text", nullable = false, length = 1000)
	private String searchText;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@AuditIgnored
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@AuditIgnored
	@Version
	private long version;

	protected Listing() {
	}

	/** The facts about the product and its certificate in force when the listing is published. */
	record Certified(UUID productId, UUID producerId, String productName, String producerName, String productSetCode,
			UnitAt unitAt, String certificateCode, LocalDate validUntil, int stars) {
	}

	Listing(Certified product, ListingDetails details, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.productId = product.productId();
		this.producerId = product.producerId();
		this.productName = product.productName();
		this.producerName = product.producerName();
		this.productSetCode = product.productSetCode();
		this.unitAt = product.unitAt();
		this.certificateCode = product.certificateCode();
		this.certificateValidUntil = product.validUntil();
		this.stars = product.stars();
		this.status = ListingStatus.ACTIVE;
		this.createdAt = now;
		this.createdBy = actor;
		apply(details, now);
	}

	/** Changes what the producer decides: title, variant, unit, price, stock, weight, delivery area, lead time. */
	void update(ListingDetails details, Instant now) {
		apply(details, now);
	}

	private void apply(ListingDetails details, Instant now) {
		details.check();
		this.title = details.title().strip();
		this.variant = Texts.blankToNull(details.variant());
		this.unit = details.unit().strip();
		this.priceVnd = details.priceVnd();
		this.stock = details.stock();
		this.weightGrams = details.weightGrams();
		this.deliveryArea = Texts.blankToNull(details.deliveryArea());
		this.leadTimeDays = details.leadTimeDays();
		this.description = Texts.blankToNull(details.description());
		this.updatedAt = now;
		this.searchText = ShopText.fold(String.join(" ", title, variant == null ? "" : variant, productName,
				producerName));
		if (searchText.length() > 1000) {
			searchText = searchText.substring(0, 1000);
		}
	}

	/** The producer stops selling for a while; a suspended listing stays suspended. */
	void pause(Instant now) {
		if (status == ListingStatus.SUSPENDED) {
			throw BusinessRuleException.conflict("shop.listing.suspended", title);
		}
		status = ListingStatus.PAUSED;
		updatedAt = now;
	}

	/** The producer sells again; refused while the certificate is not in force. */
	void resume(LocalDate today, Instant now) {
		if (status == ListingStatus.SUSPENDED || certificateValidUntil.isBefore(today)) {
			throw BusinessRuleException.conflict("shop.listing.suspended", title);
		}
		status = ListingStatus.ACTIVE;
		updatedAt = now;
	}

	/** The certificate expired or was revoked: hidden from the shop at once. Nothing changes if already hidden. */
	boolean suspend(Suspension why, Instant now) {
		if (status == ListingStatus.SUSPENDED) {
			return false;
		}
		suspendedFrom = status;
		status = ListingStatus.SUSPENDED;
		suspension = why;
		updatedAt = now;
		return true;
	}

	/**
	 * The product carries a new certificate (a renewal): the listing shows it and its stars, and a suspended
	 * listing returns to where it was before.
	 */
	void recertify(String code, int newStars, LocalDate validUntil, Instant now) {
		certificateCode = code;
		stars = newStars;
		certificateValidUntil = validUntil;
		if (status == ListingStatus.SUSPENDED) {
			status = suspendedFrom == null ? ListingStatus.PAUSED : suspendedFrom;
			suspendedFrom = null;
			suspension = null;
		}
		updatedAt = now;
	}

	/** A downgrade decision: the listing shows the stars now in force. */
	void downgrade(int newStars, Instant now) {
		stars = newStars;
		updatedAt = now;
	}

	/** Whether a buyer may see and buy it today. */
	boolean isOnSale(LocalDate today) {
		return status == ListingStatus.ACTIVE && !certificateValidUntil.isBefore(today);
	}

	/** Fails as {@link #reserve(int, LocalDate)} would, without reserving: 422 for a bad quantity, 409 when not on sale or short. */
	void checkReservable(int quantity, LocalDate today) {
		if (quantity <= 0) {
			throw BusinessRuleException.unprocessable("shop.checkout.quantity", title);
		}
		if (!isOnSale(today)) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
					java.util.Map.of("listingId", id.toString()), "shop.checkout.notOnSale", title);
		}
		if (stock < quantity) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
					java.util.Map.of("listingId", id.toString(), "available", stock), "shop.checkout.outOfStock", title,
					stock);
		}
	}

	/** Takes {@code quantity} units from the stock for an order: 409 naming the listing when it is not on sale or short. */
	void reserve(int quantity, LocalDate today) {
		checkReservable(quantity, today);
		stock -= quantity;
	}

	/** Puts back units of a cancelled order. */
	void release(int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("Only whole positive quantities are released");
		}
		stock = Math.addExact(stock, quantity);
	}

	void addPhoto(String key, Instant now) {
		List<String> keys = photos();
		if (keys.size() >= MAX_PHOTOS) {
			throw BusinessRuleException.unprocessable("shop.listing.tooManyPhotos", MAX_PHOTOS);
		}
		keys.add(key);
		photoKeys = String.join(",", keys);
		updatedAt = now;
	}

	List<String> photos() {
		return photoKeys == null || photoKeys.isBlank() ? new ArrayList<>()
				: new ArrayList<>(Arrays.asList(photoKeys.split(",")));
	}

	ListingView toView(LocalDate today) {
		return new ListingView(id, productId, producerId, productName, producerName, productSetCode, unitAt.code(),
				certificateCode, stars, title, variant, unit, priceVnd, stock, weightGrams, deliveryArea, leadTimeDays,
				description, photos().size(), status, suspension == null ? null : suspension.name(), isOnSale(today),
				createdAt);
	}


	UUID getId() {
		return id;
	}

	UUID getProductId() {
		return productId;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProducerName() {
		return producerName;
	}

	String getProductSetCode() {
		return productSetCode;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	String getCertificateCode() {
		return certificateCode;
	}

	String getTitle() {
		return title;
	}

	@Nullable
	String getVariant() {
		return variant;
	}

	String getUnit() {
		return unit;
	}

	long getPriceVnd() {
		return priceVnd;
	}

	int getStock() {
		return stock;
	}

	int getStars() {
		return stars;
	}

	ListingStatus getStatus() {
		return status;
	}
}
