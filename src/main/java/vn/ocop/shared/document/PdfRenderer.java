package vn.ocop.shared.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders XHTML (usually a Thymeleaf template of a module's {@code pdf} folder) to PDF with DejaVu Sans embedded
 * (regular and bold, read once, at the first document), so that every Vietnamese diacritic shows. The templates'
 * CSS names the font as {@value #FONT_FAMILY}.
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "DejaVu Sans";
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ITemplateEngine templates;
	private final @Nullable ApplicationContext beans;

	/** The embedded fonts (1.5 MB), read at the first document: most nodes never draw one. */
	private static final class Fonts {

		static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");

		static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");
	}

	PdfRenderer(ITemplateEngine templates) {
		this(templates, null);
	}

	/** With the application's beans, so that the templates may use them as on the pages ({@code ${@money.of(..)}}). */
	@Autowired
	PdfRenderer(ITemplateEngine templates, @Nullable ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	/** The template processed with the variables in the locale, as PDF. */
	public byte[] render(String template, Locale locale, Map<String, Object> variables) {
		var context = new Context(locale, variables);
		if (beans != null) {
			context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(beans, null));
		}
		return toPdf(templates.process(template, context));
	}

	/** Any XHTML as PDF, with the embedded fonts. */
	public byte[] toPdf(String xhtml) {
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A font of the classpath ({@code fonts/DejaVuSans.ttf}) as bytes, for documents drawn otherwise than from XHTML. */
	public static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Font " + path + " missing from the classpath", e);
		}
	}
}
