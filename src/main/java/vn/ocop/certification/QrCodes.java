package vn.ocop.certification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of verification links: one module per bit (the caller scales), error correction M, a 4-module quiet
 * zone. The matrix and the PNG of each link are kept, since a certificate's link never changes.
 */
@Component
class QrCodes {

	static final int QUIET_ZONE = 4;
	private static final int CACHE_SIZE = 2048;

	private final Map<String, BitMatrix> matrices = lru();
	private final Map<String, byte[]> pngs = lru();

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

	/** A black-on-white PNG of the QR code, {@code scale} pixels per module. */
	byte[] png(String content, int scale) {
		String key = scale + "|" + content;
		byte[] cached = pngs.get(key);
		if (cached != null) {
			return cached;
		}
		BufferedImage image = image(matrix(content), scale);
		var out = new ByteArrayOutputStream(4096);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] png = out.toByteArray();
		pngs.put(key, png);
		return png;
	}

	String pngDataUri(String content, int scale) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(content, scale));
	}

	static BufferedImage image(BitMatrix matrix, int scale) {
		int width = matrix.getWidth() * scale;
		int height = matrix.getHeight() * scale;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		var raster = image.getRaster();
		int[] white = { 1 };
		int[] black = { 0 };
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				raster.setPixel(x, y, matrix.get(x / scale, y / scale) ? black : white);
			}
		}
		return image;
	}

	private static <V> Map<String, V> lru() {
		return Collections.synchronizedMap(new LinkedHashMap<String, V>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > CACHE_SIZE;
			}
		});
	}
}
