package vn.ocop.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class PdfRendererTests {

	private static final String TEMPLATE = """
			<html xmlns:th="http://www.thymeleaf.org"><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
			<body><h1 th:text="${title}">title</h1><p><b>Ủy ban nhân dân</b> tỉnh Hà Tĩnh</p></body></html>""";

	private final PdfRenderer renderer = new PdfRenderer(engine());

	@Test
	void shouldRenderATemplateWithEveryVietnameseDiacritic() throws Exception {
		byte[] pdf = renderer.render(TEMPLATE, PdfRenderer.VIETNAMESE, Map.of("title", "Giấy chứng nhận OCOP ★★★"));
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Giấy chứng nhận OCOP").contains("Ủy ban nhân dân tỉnh Hà Tĩnh");
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
	}

	@Test
	void shouldReadTheFontsFromTheClasspath() {
		assertThat(PdfRenderer.font("fonts/DejaVuSans.ttf")).hasSizeGreaterThan(100_000);
	}

	private static SpringTemplateEngine engine() {
		var resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}
}
