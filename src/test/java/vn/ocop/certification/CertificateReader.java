package vn.ocop.certification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reading generated certificates back as a person and a phone would: the PDF's text, the PDF rendered at 300 dpi
 * (a phone's camera sees a printed certificate at least that sharply; at 150 dpi the QR's modules blur into each
 * other for some contents, and the decoding failed once in a while), and the QR code found in a rendered page or a label.
 */
final class CertificateReader {

	private CertificateReader() {
	}

	/** The PDF's text, in Unicode NFC. */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
		}
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	/** The first page rendered at 300 dpi. */
	static BufferedImage render(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
		}
	}

	static BufferedImage image(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	/** The text of the QR code in the image, as a phone's scanner would read it. */
	static String decodeQr(BufferedImage image) throws Exception {
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException e) {
			throw new AssertionError("No QR code found in a " + image.getWidth() + "×" + image.getHeight() + " image", e);
		}
	}
}
