package vn.ocop.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTests {

	private final QrCodes qr = new QrCodes();

	@Test
	void shouldEncodeALinkThatReadsBackFromThePng() throws Exception {
		String link = "https://ocop.hatinh.gov.vn/xac-minh/HT-2026-0042?ma=Hà Tĩnh";
		byte[] png = qr.png(link, 4);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(qr.matrix(link).getWidth() * 4);
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
		assertThat(qr.pngDataUri(link, 4)).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
	}

	@Test
	void shouldKeepTheMatrixOfALink() {
		assertThat(qr.matrix("https://example.vn/a")).isSameAs(qr.matrix("https://example.vn/a"));
		assertThat(qr.matrix("https://example.vn/a")).isNotEqualTo(qr.matrix("https://example.vn/b"));
	}

	@Test
	void shouldDrawAPaymentCodeAsOneSvgPathWithAnEscapedLabel() {
		String svg = qr.svg("00020101021238570010A000000727", "VietQR <DH-1>");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
				.contains("aria-label=\"VietQR &lt;DH-1&gt;\"")
				.contains("<path fill=\"#000\" d=\"M")
				.endsWith("</svg>");
		// the quiet zone: no module in the first four rows
		assertThat(svg).doesNotContainPattern("M\\d+ [0-3]h1v1h-1z");
	}
}
