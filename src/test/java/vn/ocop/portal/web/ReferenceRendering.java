package vn.ocop.portal.web;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import vn.ocop.shared.web.RenderedFragments;

/**
 * What the tests of the HTML written in Java ({@link ResultsHtml}, {@link ProductHtml}) compare with: the markup it
 * replaced, kept as a test template and rendered as Spring MVC would, and random texts that need escaping.
 */
final class ReferenceRendering {

	private ReferenceRendering() {
	}

	/** The fragment of a reference template rendered with this model, in this language. */
	static String render(RenderedFragments fragments, WebApplicationContext context, String fragment,
			Map<String, Object> model, Locale locale) {
		return fragments.render(fragment, model, request(context, locale), new MockHttpServletResponse());
	}

	/** A request as Spring MVC hands it to a view, from a visitor without an account, in this language. */
	static MockHttpServletRequest request(WebApplicationContext context, Locale locale) {
		var request = new MockHttpServletRequest(context.getServletContext());
		request.addPreferredLocale(locale);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		return request;
	}

	/** One to eight characters of {@code alphabet}, chosen at random (whole code points). */
	static String text(Random random, String alphabet) {
		var text = new StringBuilder();
		int length = random.nextInt(1, 9);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(
					alphabet.codePointCount(0, alphabet.length())))));
		}
		return text.toString();
	}
}
