package vn.ocop.certification;

import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;

/**
 * Hand-off of the recognition (issue 16): the producer is told that its product's stars are recognised, with the
 * decision, the certificate and its validity. Sent after the decision is committed, from its event.
 */
@Component
class CertificationNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ProductLifecycle products;
	private final Notifications notices;

	CertificationNotices(ProductLifecycle products, Notifications notices) {
		this.products = products;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		var accounts = products.producer(event.producerId()).accounts();
		if (accounts.isEmpty()) {
			return;
		}
		var product = products.summary(event.productId());
		notices.send(Notice.to(accounts, "certification.issued", "certification.notice.ISSUED",
				"/certification/" + event.code(), product.name(), event.stars(), event.decisionNumber(), event.code(),
				event.validUntil().format(DAY)));
	}
}
