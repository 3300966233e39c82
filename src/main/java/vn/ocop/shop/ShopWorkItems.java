package vn.ocop.shop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The shop's work for a producer's accounts (issue 16): orders placed and waiting for confirmation, and confirmed
 * orders still to pack and ship. The office follows sales, it does not confirm orders.
 */
@Component
@Transactional(readOnly = true)
class ShopWorkItems implements WorkItemSource {

	private final ShopManagement shop;
	private final ShopAccess access;

	ShopWorkItems(ShopManagement shop, ShopAccess access) {
		this.shop = shop;
		this.access = access;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = access.user();
		List<WorkItem> items = new ArrayList<>();
		if (ShopAccess.isOffice(user) || access.ownProducers(user).isEmpty()) {
			return items;
		}
		List<OrderView> placed = shop.myOrders(OrderStatus.PLACED);
		if (placed.size() == 1) {
			OrderView order = placed.get(0);
			items.add(WorkItem.of("shop.orders-to-confirm", "work.shop.confirmOne", null,
					"/shop/manage/orders/" + order.orderCode(), 1, order.orderCode(), order.buyerName()));
		}
		else if (!placed.isEmpty()) {
			items.add(WorkItem.of("shop.orders-to-confirm", "work.shop.confirmMany", null,
					"/shop/manage?status=PLACED", placed.size(), placed.size()));
		}
		long toShip = shop.myOrders(OrderStatus.CONFIRMED).size() + shop.myOrders(OrderStatus.PACKED).size();
		if (toShip > 0) {
			items.add(WorkItem.of("shop.orders-to-ship", "work.shop.ship", null, "/shop/manage", toShip, toShip));
		}
		return items;
	}
}
