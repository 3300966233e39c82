package vn.ocop.support;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;

/**
 * What support tells people, once what it tells of is committed: each step of a request to the accounts of its
 * producer.
 */
@Component
class SupportNotices {

	static final String TOPIC = "support.request";

	private final ProductLifecycle products;
	private final Notifications notifications;

	SupportNotices(ProductLifecycle products, Notifications notifications) {
		this.products = products;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(SupportRequestMoved moved) {
		var producer = products.producer(moved.producerId());
		notifications.send(Notice.to(producer.accounts(), TOPIC, "support.notice." + moved.status().name(),
				"/support/requests/" + moved.requestId(), moved.number(), moved.itemName(), moved.productName()));
	}
}
