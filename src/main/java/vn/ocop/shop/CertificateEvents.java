package vn.ocop.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.certification.CertificateDowngraded;
import vn.ocop.certification.CertificateExpired;
import vn.ocop.certification.CertificateIssued;
import vn.ocop.certification.CertificateRevoked;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;

/**
 * Keeps the listings true to the certificates: hidden when a certificate expires or is revoked, the new stars after
 * a downgrade, back (with the new certificate) after a renewal; the producer is told what changed.
 */
@Component
class CertificateEvents {

	private final Listings listings;
	private final ProductLifecycle lifecycle;
	private final Notifications notices;
	private final Clock clock;

	CertificateEvents(Listings listings, ProductLifecycle lifecycle, Notifications notices, Clock clock) {
		this.listings = listings;
		this.lifecycle = lifecycle;
		this.notices = notices;
		this.clock = clock;
	}

	/** The product's certificate expired or was revoked: its listings are hidden and the producer told why. */
	@ApplicationModuleListener
	void on(CertificateExpired event) {
		ended(event.code(), event.productId(), event.producerId(), false);
	}

	@ApplicationModuleListener
	void on(CertificateRevoked event) {
		ended(event.code(), event.productId(), event.producerId(), true);
	}

	@ApplicationModuleListener
	void on(CertificateDowngraded event) {
		downgraded(event.code(), event.productId(), event.producerId(), event.toStars());
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		issued(event.code(), event.productId(), event.producerId(), event.stars(), event.validUntil());
	}

	private void ended(String certificateCode, UUID productId, UUID producerId, boolean revoked) {
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
	private void downgraded(String certificateCode, UUID productId, UUID producerId, int stars) {
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
	private void issued(String certificateCode, UUID productId, UUID producerId, int stars,
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
}
