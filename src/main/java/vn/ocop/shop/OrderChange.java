package vn.ocop.shop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One move of an order between states: who, when and why.
 */
@Entity
@Table(name = "shop_order_change")
class OrderChange {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 16)
	private @Nullable OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 16)
	private OrderStatus toStatus;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 64)
	private String changedBy;

	@Column(length = 1000)
	private @Nullable String note;

	protected OrderChange() {
	}

	OrderChange(@Nullable OrderStatus from, OrderStatus to, Instant at, String by, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.fromStatus = from;
		this.toStatus = to;
		this.changedAt = at;
		this.changedBy = by;
		this.note = note;
	}

	OrderView.Change toView() {
		return new OrderView.Change(fromStatus, toStatus, changedAt, changedBy, note);
	}
}
