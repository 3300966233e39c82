package vn.ocop.shop;

import java.util.Set;

/**
 * The legal states of an order and the moves between them: placed → confirmed → packed → shipped → delivered;
 * cancelled (with a reason) from any state before shipping.
 */
public enum OrderStatus {
	/** Đã đặt. */
	PLACED,
	/** Đã xác nhận. */
	CONFIRMED,
	/** Đã đóng gói. */
	PACKED,
	/** Đang giao. */
	SHIPPED,
	/** Đã giao. */
	DELIVERED,
	/** Đã hủy. */
	CANCELLED;

	/** The states this one may move to. */
	public Set<OrderStatus> next() {
		switch (this) {
			case PLACED:
				return Set.of(CONFIRMED, CANCELLED);
			case CONFIRMED:
				return Set.of(PACKED, CANCELLED);
			case PACKED:
				return Set.of(SHIPPED, CANCELLED);
			case SHIPPED:
				return Set.of(DELIVERED);
			default:
				return Set.of();
		}
	}

	public boolean mayMoveTo(OrderStatus target) {
		return next().contains(target);
	}
}
