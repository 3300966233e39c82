package vn.ocop.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.PortalSettings;
import vn.ocop.shared.web.RenderedFragments;

/**
 * Whole public pages as every visitor without an account sees them, rendered once and kept by path, language, day and
 * catalogue version: a visitor who is not signed in, asks without a query string and has no message waiting gets the
 * kept bytes without any query or rendering. Light pages carry nothing of the visitor (no CSRF token, no account), so
 * one rendering serves them all.
 * <p>
 * Used for the home page, which every visitor asks for and which is built from the catalogue (a change to it — issue,
 * revoke, rename — changes the version, so the next visitor sees it) and from articles, events and sales points, which
 * it shows at most {@link #MAX_AGE} late: what the browser itself may keep ({@link PortalPages#PAGE}). Product and
 * producer pages are not kept: they show registrations of marks and articles that must appear at once, and visitors
 * rarely ask for the same one. Signed-in visitors always get a fresh rendering. {@code ocop.portal.page-cache-chars=0}
 * turns the keeping off.
 */
@Component
class AnonymousPages {

	static final Duration MAX_AGE = Duration.ofMinutes(1);

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final Catalogue catalogue;
	private final RenderedFragments views;
	private final Clock clock;
	private final Cache<Key, byte[]> pages;
	private final boolean keeping;

	AnonymousPages(Catalogue catalogue, RenderedFragments views, Clock clock,
			PortalSettings settings) {
		long cacheBytes = settings.pageCacheChars();
		this.catalogue = catalogue;
		this.views = views;
		this.clock = clock;
		this.keeping = cacheBytes > 0;
		this.pages = Caffeine.newBuilder().maximumWeight(Math.max(cacheBytes, 1))
				.weigher((Key key, byte[] html) -> html.length).expireAfterWrite(MAX_AGE).recordStats().build();
	}

	private record Key(String path, Locale locale, LocalDate day, long catalogueVersion) {
	}

	/**
	 * The page {@code view} at {@code path}: kept bytes when the visitor may share them, otherwise the model is
	 * filled by {@code fill} and the view rendered (and kept, when it may be shared).
	 */
	ResponseEntity<byte[]> page(String path, String view, Model model, HttpServletRequest request,
			HttpServletResponse response, Consumer<Model> fill) {
		ResponseEntity<byte[]> kept = kept(path, model, request);
		if (kept != null) {
			return kept;
		}
		fill.accept(model);
		return render(path, view, model, request, response);
	}

	/** The kept page at {@code path} when this visitor may share it and one is kept; {@code null} otherwise. */
	@Nullable ResponseEntity<byte[]> kept(String path, Model model, HttpServletRequest request) {
		if (!keeping || !sharable(request, model)) {
			return null;
		}
		byte[] html = pages.getIfPresent(key(path, request));
		return html == null ? null : ok(html);
	}

	/** {@code view} rendered with {@code model}, kept under {@code path} when this visitor may share it. */
	ResponseEntity<byte[]> render(String path, String view, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		// the version is read before rendering, so a kept page is never older than the version it is kept under
		Key key = keeping && sharable(request, model) ? key(path, request) : null;
		byte[] html = views.render(view, model.asMap(), request, response).getBytes(StandardCharsets.UTF_8);
		if (key != null) {
			pages.put(key, html);
		}
		return ok(html);
	}

	private Key key(String path, HttpServletRequest request) {
		return new Key(path, RequestContextUtils.getLocale(request), LocalDate.now(clock), catalogue.version());
	}

	private static ResponseEntity<byte[]> ok(byte[] html) {
		return ResponseEntity.ok().cacheControl(PortalPages.PAGE).contentType(HTML).body(html);
	}

	/** How many requests were answered with kept bytes so far (for tests and monitoring). */
	long hits() {
		return pages.stats().hitCount();
	}

	/** Whether this request sees the page every anonymous visitor sees. */
	static boolean sharable(HttpServletRequest request, Model model) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = signedIn == null || signedIn instanceof AnonymousAuthenticationToken
				|| !signedIn.isAuthenticated();
		var flash = RequestContextUtils.getInputFlashMap(request);
		return anonymous && request.getQueryString() == null && request.getHeader("HX-Request") == null
				&& (flash == null || flash.isEmpty()) && !model.containsAttribute("flash");
	}
}
