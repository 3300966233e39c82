package vn.ocop.certification;

import org.springframework.stereotype.Component;

import vn.ocop.shared.OcopSettings;

/**
 * The absolute links a certificate's QR code carries: the verification page of its code, or, where the product has
 * a GTIN, the GS1 Digital Link style path {@code /01/{gtin}} that resolves to the latest certificate of the product.
 */
@Component
class VerificationLinks {

	private final String base;

	VerificationLinks(OcopSettings settings) {
		String url = settings.baseUrl().toString();
		this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	String verify(String code) {
		return base + "/verify/" + code;
	}

	/** The link printed in the QR code of a certificate and its labels. */
	String qrContent(Certificate certificate) {
		String gtin = certificate.getGtin();
		return gtin != null ? base + "/01/" + gtin : verify(certificate.getCode());
	}
}
