package vn.ocop.registry;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.NotFoundException;

/**
 * The registry follows the certificates, in the transaction that decides on them: an issued certificate makes the
 * product CERTIFIED at its stars (rated first when the central level's recognition closes its evaluation), a
 * downgrade lowers its stars, and a revocation or the end of the validity of the certificate in force makes it
 * REVOKED or EXPIRED, each on the product's timeline with who decided and the decision. A product the certificate
 * no longer speaks for (no longer CERTIFIED: a renewal has taken it back under evaluation, or it was already revoked
 * or expired) is left as it is.
 * <p>
 * Synchronous ({@link EventListener}, not an application module listener): the certificate and the product's
 * certified state succeed or fail together, so the public pages never show a certificate in force on a product the
 * registry does not hold as CERTIFIED, nor the reverse.
 */
@Component
@Transactional
class CertificationRecorder {

	private final Products products;
	private final Clock clock;

	CertificationRecorder(Products products, Clock clock) {
		this.products = products;
		this.clock = clock;
	}

	@EventListener
	void on(ProductCertification.Issued event) {
		Product product = load(event);
		if (product.getStatus() == ProductStatus.UNDER_EVALUATION) {
			// passed on to the central council: its result arrives with the Minister's decision
			product.rate(true, event.stars(), event.actor(), event.note(), clock.instant());
		}
		product.certify(event.stars(), event.actor(), event.note(), clock.instant());
		products.save(product);
	}

	@EventListener
	void on(ProductCertification.Downgraded event) {
		Product product = load(event);
		if (product.getStatus() == ProductStatus.CERTIFIED) {
			product.changeStars(event.toStars());
			products.save(product);
		}
	}

	@EventListener
	void on(ProductCertification.Revoked event) {
		Product product = load(event);
		if (event.wasInForce() && product.getStatus() == ProductStatus.CERTIFIED) {
			product.revoke(event.actor(), event.reason().strip() + " (" + event.note() + ")", clock.instant());
			products.save(product);
		}
	}

	@EventListener
	void on(ProductCertification.Expired event) {
		Product product = load(event);
		if (product.getStatus() == ProductStatus.CERTIFIED) {
			product.expire(event.actor(), clock.instant());
			products.save(product);
		}
	}

	private Product load(ProductCertification event) {
		return products.findById(event.productId())
				.orElseThrow(() -> new NotFoundException("registry.product.notFound", event.productId()));
	}
}
