package vn.ocop.certification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.registry.CertifiedDetailsAmended;

/**
 * The certificate follows what the office approved of a certified product's details (issue 15, finding 10): the
 * certificate in force takes the new name, with the change in its history, so /verify, the PDF and the label agree
 * with the catalogue.
 */
@Component
class CertifiedDetailsFollower {

	private final Certificates certificates;
	private final VerificationCache verificationCache;

	CertifiedDetailsFollower(Certificates certificates, VerificationCache verificationCache) {
		this.certificates = certificates;
		this.verificationCache = verificationCache;
	}

	@ApplicationModuleListener
	void on(CertifiedDetailsAmended event) {
		for (Certificate certificate : certificates.findByProductIdOrderByIssuedAtDesc(event.productId())) {
			if (certificate.amendProductName(event.name(), event.at(), event.actor())) {
				certificates.save(certificate);
				verificationCache.evictAfterCommit(certificate.getCode());
			}
		}
	}
}
