package vn.ocop.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Renders a template fragment ({@code "shop/catalogue :: grid"}) to a string, with everything a page has (messages
 * in the request's language, links, the model of the controller and its advice), so that a controller can keep the
 * HTML of an expensive part that many visitors see alike (a page of the catalogue, say) and put it into pages with
 * {@code th:utext} or answer an htmx request with it. Only parts without anything personal (no CSRF token, no
 * account) may be kept.
 */
@Component
public class RenderedFragments {

	private final ThymeleafViewResolver views;

	RenderedFragments(ThymeleafViewResolver views) {
		this.views = views;
	}

	/** The HTML of {@code view} rendered with {@code model} for this request. */
	public String render(String view, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = RequestContextUtils.getLocale(request);
		try {
			View resolved = views.resolveViewName(view, locale);
			if (resolved == null) {
				throw new IllegalStateException("No view " + view);
			}
			var capture = new CapturedResponse(response);
			resolved.render(model, request, capture);
			return capture.text();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not render " + view, e);
		}
	}

	/** The response as the view sees it: its text goes to a string, headers still to the real response. */
	private static final class CapturedResponse extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(16 * 1024);
		private final PrintWriter writer = new PrintWriter(text);

		CapturedResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		String text() {
			writer.flush();
			return text.toString();
		}
	}
}
