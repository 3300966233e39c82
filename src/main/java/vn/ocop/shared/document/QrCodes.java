package vn.ocop.shared.document;

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
import org.springframework.web.util.HtmlUtils;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes: error correction M, a 4-module quiet zone, as a matrix (one element per module, the caller scales), a
 * PNG or inline SVG. Links (verification of certificates) are encoded as UTF-8 and their matrix and PNG kept, since
 * a link never changes; payment codes (VietQR, ASCII by the standard) are encoded in the default byte mode.
 */
@Component
public class QrCodes {

	public static final int QUIET_ZONE = 4;
	private static final int CACHE_SIZE = 2048;

	private final Map<String, BitMatrix> matrices = lru();
	private final Map<String, byte[]> pngs = lru();

	/** The QR code of the content (UTF-8), one element per module, quiet zone included. */
	public BitMatrix matrix(String content) {
		BitMatrix cached = matrices.get(content);
		if (cached != null) {
			return cached;
		}
		BitMatrix matrix = encode(content, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
				EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8"));
		matrices.put(content, matrix);
		return matrix;
	}

	/** A black-on-white PNG of the QR code, {@code scale} pixels per module. */
	public byte[] png(String content, int scale) {
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

	/** The PNG as a {@code data:} URI, for an {@code <img>} of a PDF template. */
	public String pngDataUri(String content, int scale) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(content, scale));
	}

	/**
	 * A payment code as inline SVG (one path, crisp at any size, 240 px by default), labelled for screen readers.
	 */
	public String svg(String content, String label) {
		BitMatrix matrix = encode(content,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
		var path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
				+ matrix.getHeight() + "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\""
				+ HtmlUtils.htmlEscape(label) + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/** The matrix drawn black on white, {@code scale} pixels per module. */
	public static BufferedImage image(BitMatrix matrix, int scale) {
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

	private static BitMatrix encode(String content, Map<EncodeHintType, ?> hints) {
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
		}
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
