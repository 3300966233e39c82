package vn.ocop.shared.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The parts of a light public page that are the same for every visitor without an account — the end of the
 * layout's head (its styles and script), its header with the navigation bar, its footer, a page's own sub-navigation —
 * rendered once per language and put into the page as text, instead of being worked out element by element on
 * every visit (on a product page they were about a third of the rendering). Signed-in visitors and other pages get
 * them rendered as before: the HTML is the same.
 * <p>
 * What is kept depends only on the language and the deployment (messages, the versioned addresses of static
 * files): the navigation of a visitor without an account is the same on every path.
 */
@Component
public class LayoutParts {

	/** The layout's kept parts ({@code layoutParts.head}, {@code .top}, {@code .bottom} in {@code layout.html}). */
	public record Parts(String head, String top, String bottom) {
	}

	private final RenderedFragments views;
	/** Bounded: a language comes from the visitor ({@code ?lang=}, a cookie), and any tag is taken. */
	private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(256).build();

	LayoutParts(RenderedFragments views) {
		this.views = views;
	}

	private record Key(String fragment, Locale locale) {
	}

	/**
	 * Gives a light page ({@code lightPage}) seen by a visitor without an account the layout's kept parts
	 * ({@code layoutParts}); does nothing for anyone else.
	 */
	public void addTo(Model model, HttpServletRequest request, HttpServletResponse response) {
		Parts parts = partsOrNull(model, request, response);
		if (parts != null) {
			model.addAttribute("layoutParts", parts);
		}
	}

	/**
	 * The layout's kept parts for a light page ({@code lightPage}) seen by a visitor without an account, for a page
	 * written without the layout template; null for anyone else.
	 */
	public @Nullable Parts partsOrNull(Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!shared(model)) {
			return null;
		}
		return new Parts(part("layout :: layoutHeadEnd", model, request, response),
				part("layout :: layoutTop", model, request, response),
				part("layout :: layoutBottom", model, request, response));
	}

	/**
	 * The HTML of {@code fragment} (a view name such as {@code "portal/fragments :: subnav('products')"}) as it is
	 * the same for every visitor of a light page without an account, rendered once per language; null for anyone
	 * else (the page renders the fragment itself).
	 */
	public @Nullable String partOrNull(String fragment, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return shared(model) ? part(fragment, model, request, response) : null;
	}

	private String part(String fragment, Model model, HttpServletRequest request, HttpServletResponse response) {
		// rendered by one visitor while the others of the same language wait: every page then gets the same string,
		// which the product page's cache of its UTF-8 finds by identity (two renderings of a first burst of visitors
		// made it compare the whole part, character by character, at every visit)
		return kept.get(new Key(fragment, RequestContextUtils.getLocale(request)),
				key -> views.render(fragment, model.asMap(), request, response));
	}

	/**
	 * Whether the page is light and its visitor has no account. Asked of the security context, as the layout's model
	 * ({@code signedIn}) is: that model is added only after the handler ({@link LayoutModel}), so a handler cannot
	 * read it from its model.
	 */
	private static boolean shared(Model model) {
		return Boolean.TRUE.equals(model.getAttribute("lightPage")) && !LayoutModel.isSignedIn();
	}
}
