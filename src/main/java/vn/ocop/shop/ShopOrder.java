package vn.ocop.shop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * An order (đơn hàng) of one buyer from one producer, part of a checkout. Its lines keep the prices the server
 * charged; the total is their exact sum in whole đồng. It moves only through the legal states of
 * {@link OrderStatus}, each move recorded with who, when and why.
 */
@Entity
@Table(name = "shop_order")
class ShopOrder {

	@Id
	private UUID id;

	@Column(nullable = false, length = 20, unique = true)
	private String code;

	@Column(name = "checkout_code", nullable = false, length = 20)
	private String checkoutCode;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	/** The producer's commune as it was when the producer was registered (for sales by area). */
	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "producer_commune", nullable = false, length = 16))
	@AttributeOverride(name = "date", column = @Column(name = "producer_unit_date", nullable = false))
	private UnitAt producerUnit;

	@Column(name = "buyer_name", nullable = false, length = 200)
	private String buyerName;

	@Column(name = "buyer_phone", nullable = false, length = 15)
	private String buyerPhone;

	@Column(name = "buyer_email", length = 254)
	private @Nullable String buyerEmail;

	@Column(name = "buyer_address", nullable = false, length = 500)
	private String buyerAddress;

	@Column(name = "buyer_commune", nullable = false, length = 16)
	private String buyerCommune;

	@Column(name = "buyer_account", length = 64)
	private @Nullable String buyerAccount;

	@Enumerated(EnumType.STRING)
	@Column(name = "payment_method", nullable = false, length = 16)
	private PaymentMethod paymentMethod;

	@Column(name = "total_vnd", nullable = false)
	private long totalVnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrderStatus status;

	@Column(length = 100)
	private @Nullable String carrier;

	@Column(name = "tracking_code", length = 100)
	private @Nullable String trackingCode;

	@Column(name = "cancel_reason", length = 1000)
	private @Nullable String cancelReason;

	@Column(name = "vietqr_payload", length = 512)
	private @Nullable String vietQrPayload;

	@Column(name = "placed_at", nullable = false)
	private Instant placedAt;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@Column(name = "delivered_at")
	private @Nullable Instant deliveredAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id", nullable = false)
	@OrderBy("position")
	private List<OrderLine> lines = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id", nullable = false)
	@OrderBy("changedAt")
	private List<OrderChange> history = new ArrayList<>();

	@AuditIgnored
	@Version
	private long version;

	protected ShopOrder() {
	}

	/** Who buys and where it goes. */
	record Buyer(String name, String phone, @Nullable String email, String address, String communeCode,
			@Nullable String account) {
	}

	/** One line as charged: the listing's price on the server times the quantity. */
	record Line(Listing listing, int quantity) {
	}

	/** Places the order with its lines; the listings' stock is reserved in the same transaction. */
	ShopOrder(String code, String checkoutCode, Listing first, Buyer buyer, PaymentMethod paymentMethod,
			List<Line> items, Instant now, String actor) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one line");
		}
		this.id = UUID.randomUUID();
		this.code = code;
		this.checkoutCode = checkoutCode;
		this.producerId = first.getProducerId();
		this.producerName = first.getProducerName();
		this.producerUnit = first.getUnitAt();
		this.buyerName = buyer.name();
		this.buyerPhone = buyer.phone();
		this.buyerEmail = buyer.email();
		this.buyerAddress = buyer.address();
		this.buyerCommune = buyer.communeCode();
		this.buyerAccount = buyer.account();
		this.paymentMethod = paymentMethod;
		this.status = OrderStatus.PLACED;
		this.placedAt = now;
		this.statusChangedAt = now;
		long total = 0;
		int position = 0;
		for (Line item : items) {
			if (!item.listing().getProducerId().equals(producerId)) {
				throw new IllegalArgumentException("An order holds the listings of one producer");
			}
			var line = new OrderLine(++position, item.listing(), item.quantity());
			lines.add(line);
			total = Math.addExact(total, line.getLineTotalVnd());
		}
		this.totalVnd = total;
		history.add(new OrderChange(null, OrderStatus.PLACED, now, actor, null));
	}

	void attachPaymentCode(String payload) {
		this.vietQrPayload = payload;
	}

	/** The producer accepts the order (for a bank transfer: the money has arrived). */
	void confirm(Instant now, String actor) {
		move(OrderStatus.CONFIRMED, now, actor, null);
	}

	void pack(Instant now, String actor) {
		move(OrderStatus.PACKED, now, actor, null);
	}

	/** Handed to a carrier, with its tracking code. */
	void ship(String carrierName, String tracking, Instant now, String actor) {
		if (carrierName == null || carrierName.isBlank() || carrierName.strip().length() > 100) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE,
					java.util.Map.of("field", "carrier"), "shop.order.carrierRequired");
		}
		if (tracking == null || tracking.isBlank() || tracking.strip().length() > 100) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE,
					java.util.Map.of("field", "trackingCode"), "shop.order.trackingRequired");
		}
		move(OrderStatus.SHIPPED, now, actor, carrierName.strip() + " " + tracking.strip());
		this.carrier = carrierName.strip();
		this.trackingCode = tracking.strip();
	}

	void deliver(Instant now, String actor) {
		move(OrderStatus.DELIVERED, now, actor, null);
		this.deliveredAt = now;
	}

	/** Cancels with a reason; the caller puts the reserved stock back ({@link #lines()}). */
	void cancel(String reason, Instant now, String actor) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE,
					java.util.Map.of("field", "reason"), "shop.order.reasonRequired");
		}
		move(OrderStatus.CANCELLED, now, actor, reason.strip());
		this.cancelReason = reason.strip();
	}

	private void move(OrderStatus target, Instant now, String actor, @Nullable String note) {
		if (!status.mayMoveTo(target)) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
					java.util.Map.of("currentStatus", status.name()), "shop.order.illegalMove", code, status.name(),
					target.name());
		}
		history.add(new OrderChange(status, target, now, actor, note));
		this.status = target;
		this.statusChangedAt = now;
	}

	List<OrderLine> lines() {
		return lines;
	}

	OrderView toView() {
		return new OrderView(code, checkoutCode, producerId, producerName, status, paymentMethod, totalVnd,
				lines.stream().map(OrderLine::toView).toList(), buyerName, buyerPhone, buyerEmail, buyerAddress,
				buyerCommune, carrier, trackingCode, cancelReason, vietQrPayload, placedAt, statusChangedAt,
				history.stream().map(OrderChange::toView).toList());
	}

	UUID getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getCheckoutCode() {
		return checkoutCode;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProducerName() {
		return producerName;
	}

	UnitAt getProducerUnit() {
		return producerUnit;
	}

	String getBuyerPhone() {
		return buyerPhone;
	}

	@Nullable
	String getBuyerEmail() {
		return buyerEmail;
	}

	long getTotalVnd() {
		return totalVnd;
	}

	OrderStatus getStatus() {
		return status;
	}

	Instant getPlacedAt() {
		return placedAt;
	}

	@Nullable
	Instant getDeliveredAt() {
		return deliveredAt;
	}

	PaymentMethod getPaymentMethod() {
		return paymentMethod;
	}
}
