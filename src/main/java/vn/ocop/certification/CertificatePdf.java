package vn.ocop.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.w3c.dom.Element;

import com.google.zxing.common.BitMatrix;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;

/**
 * The certificate as an A4 (landscape) PDF: the issuing authority and the national header, the product, the
 * producer and its commune, the stars, the decision, the validity, the certificate code and a QR code of the
 * verification link. Rendered from the XHTML template {@code certification/pdf/certificate} with DejaVu Sans
 * embedded (loaded once), so that every Vietnamese diacritic shows; always in Vietnamese, as the legal document is.
 * The QR code is drawn as vector shapes (its matrix is cached per link).
 * Rendered PDFs are kept per certificate state (code, version and status of the day), so a download after a change
 * always shows the change.
 */
@Component
class CertificatePdf {

	static final String TEMPLATE = "certification/pdf/certificate";
	static final String FONT_FAMILY = "DejaVu Sans";
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	/** The type of the {@code <object>} the template marks the QR code's place with. */
	static final String QR_OBJECT = "application/x-ocop-qr";

	private final ITemplateEngine templates;
	private final QrCodes qr;
	private final byte[] regular;
	private final byte[] bold;
	private final Map<String, byte[]> cache;
	private final DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();

	CertificatePdf(ITemplateEngine templates, QrCodes qr, CertificationSettings settings) {
		this.templates = templates;
		this.qr = qr;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
		this.drawers.registerDrawer(QR_OBJECT, this::drawQr);
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
		variables.put("qrObject", QR_OBJECT);
		variables.put("qrContent", extras.qrContent());
		variables.put("verifyUrl", extras.verifyUrl());
		variables.put("validityMonths", extras.validityMonths());
		variables.put("starsText", "★".repeat(certificate.stars()));
		variables.put("authority", certificate.decision().authority());
		String xhtml = templates.process(TEMPLATE, new Context(VIETNAMESE, variables));
		return toPdf(xhtml);
	}

	private byte[] toPdf(String xhtml) {
		var out = new ByteArrayOutputStream(96 * 1024);
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useObjectDrawerFactory(drawers);
			builder.useFont(() -> stream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> stream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * Draws the QR code of the object's {@code data-content} as vector shapes in the object's box: one path of all
	 * dark modules (no seams between them, crisp at any zoom and in print, and no image to encode).
	 */
	private @Nullable Map<Shape, String> drawQr(Element element, double x, double y, double width, double height,
			OutputDevice device, RenderingContext context, int dotsPerPixel) {
		BitMatrix matrix = qr.matrix(element.getAttribute("data-content"));
		double module = Math.min(width, height) / matrix.getWidth();
		device.setColor(new FSRGBColor(255, 255, 255));
		device.fill(new Rectangle2D.Double(x, y, module * matrix.getWidth(), module * matrix.getHeight()));
		var dark = new Path2D.Double();
		for (int row = 0; row < matrix.getHeight(); row++) {
			int column = 0;
			while (column < matrix.getWidth()) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < matrix.getWidth() && matrix.get(column, row)) {
					column++;
				}
				dark.append(new Rectangle2D.Double(x + start * module, y + row * module, (column - start) * module, module), false);
			}
		}
		device.setColor(new FSRGBColor(0, 0, 0));
		device.fill(dark);
		return null;
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Font " + path + " missing from the classpath", e);
		}
	}
}
