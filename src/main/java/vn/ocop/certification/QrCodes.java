package vn.ocop.certification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of verification links: one matrix element per module, error correction M, a 4-module quiet zone. The
 * matrix of each link is kept (a certificate's link never changes); the PDF and the labels draw it at their size.
 */
@Component
class QrCodes {

	static final int QUIET_ZONE = 4;
	private static final int CACHE_SIZE = 4096;

	private final Map<String, BitMatrix> matrices = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, BitMatrix> eldest) {
			return size() > CACHE_SIZE;
		}
	});

	/** The QR code of the content, one element per module, quiet zone included. */
	BitMatrix matrix(String content) {
		BitMatrix cached = matrices.get(content);
		if (cached != null) {
			return cached;
		}
		try {
			var hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
					EncodeHintType.CHARACTER_SET, "UTF-8");
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
			matrices.put(content, matrix);
			return matrix;
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
		}
	}
}
