package vn.ocop.certification;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ocop.shared.Stars;
import vn.ocop.shared.document.PdfRenderer;
import vn.ocop.shared.document.QrCodes;

/**
 * The certificate as an A4 (landscape) PDF: the issuing authority and the national header, the product, the
 * producer and its commune, the stars, the decision, the validity, the certificate code and a QR code of the
 * verification link. Rendered from the XHTML template {@code certification/pdf/certificate} with DejaVu Sans
 * embedded (loaded once), so that every Vietnamese diacritic shows; always in Vietnamese, as the legal document is.
 * Rendered PDFs are kept per certificate state (code, version and status of the day), so a download after a change
 * always shows the change.
 */
@Component
class CertificatePdf {

	static final String TEMPLATE = "certification/pdf/certificate";
	/** Pixels per QR module in the embedded image (the PDF scales it to 42 mm). */
	static final int QR_SCALE = 4;

	private final PdfRenderer pdf;
	private final QrCodes qr;
	private final Map<String, byte[]> cache;

	CertificatePdf(PdfRenderer pdf, QrCodes qr, CertificationSettings settings) {
		this.pdf = pdf;
		this.qr = qr;
		int size = settings.pdfCacheSize() == null ? 64 : settings.pdfCacheSize();
		this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > size;
			}
		});
	}

	/** What the template needs besides the certificate. */
	record Extras(String address, String qrContent, String verifyUrl, int validityMonths, String province) {
	}

	byte[] render(CertificateView certificate, long version, Extras extras) {
		String key = certificate.code() + "|" + version + "|" + certificate.status();
		byte[] cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		byte[] pdf = renderUncached(certificate, extras);
		cache.put(key, pdf);
		return pdf;
	}

	byte[] renderUncached(CertificateView certificate, Extras extras) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("certificate", certificate);
		variables.put("address", extras.address());
		variables.put("province", extras.province());
		variables.put("qrImage", qr.pngDataUri(extras.qrContent(), QR_SCALE));
		variables.put("qrContent", extras.qrContent());
		variables.put("verifyUrl", extras.verifyUrl());
		variables.put("validityMonths", extras.validityMonths());
		variables.put("starsText", Stars.symbols(certificate.stars()));
		variables.put("authority", certificate.decision().authority());
		variables.put("decision", certificate.decision());
		return pdf.render(TEMPLATE, PdfRenderer.VIETNAMESE, variables);
	}
}
