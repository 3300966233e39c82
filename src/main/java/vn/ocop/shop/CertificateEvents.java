package vn.ocop.shop;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.certification.CertificateDowngraded;
import vn.ocop.certification.CertificateExpired;
import vn.ocop.certification.CertificateIssued;
import vn.ocop.certification.CertificateRevoked;

/**
 * Keeps the listings true to the certificates: hidden when a certificate expires or is revoked, the new stars after
 * a downgrade, back (with the new certificate) after a renewal.
 */
@Component
class CertificateEvents {

	private final ShopManagement shop;

	CertificateEvents(ShopManagement shop) {
		this.shop = shop;
	}

	@ApplicationModuleListener
	void on(CertificateExpired event) {
		shop.certificateEnded(event.code(), event.productId(), event.producerId(), false);
	}

	@ApplicationModuleListener
	void on(CertificateRevoked event) {
		shop.certificateEnded(event.code(), event.productId(), event.producerId(), true);
	}

	@ApplicationModuleListener
	void on(CertificateDowngraded event) {
		shop.certificateDowngraded(event.code(), event.productId(), event.producerId(), event.toStars());
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		shop.certificateIssued(event.code(), event.productId(), event.producerId(), event.stars(), event.validUntil());
	}
}
