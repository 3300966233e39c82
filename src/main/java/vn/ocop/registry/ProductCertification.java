package vn.ocop.registry;

import java.util.UUID;

/**
 * What the registry learns of a certificate's decisions. The certification module's past-tense events implement
 * these contracts and {@code CertificationRecorder} follows them, so the registry reacts to certificates without
 * depending on the certification module (which depends on the registry for its products).
 */
public interface ProductCertification {

	/** The certified product. */
	UUID productId();

	/** A recognition decision issued the product's certificate: the product becomes CERTIFIED at the stars. */
	interface Issued extends ProductCertification {

		int stars();

		/** Who recorded the decision. */
		String actor();

		/** The decision as the product's timeline names it (number and date). */
		String note();
	}

	/** A decision lowered the stars of the certificate in force. */
	interface Downgraded extends ProductCertification {

		int toStars();
	}

	/** A decision revoked a certificate. */
	interface Revoked extends ProductCertification {

		/** Whether the certificate was in force (not lapsed nor replaced): only then does the product lose it. */
		boolean wasInForce();

		String actor();

		/** Why the certificate was revoked. */
		String reason();

		/** The decision as the product's timeline names it (number and date). */
		String note();
	}

	/** The certificate in force reached the end of its validity. */
	interface Expired extends ProductCertification {

		String actor();
	}
}
