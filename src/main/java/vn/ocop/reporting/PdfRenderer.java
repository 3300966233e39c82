package vn.ocop.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Renders a Thymeleaf XHTML template to PDF with the embedded DejaVu fonts (Vietnamese diacritics). */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ITemplateEngine templates;
	private final byte[] regular;
	private final byte[] bold;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
	}

	byte[] render(String template, Map<String, Object> variables) {
		String xhtml = templates.process(template, new Context(VIETNAMESE, variables));
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Font " + path + " missing from the classpath", e);
		}
	}
}
