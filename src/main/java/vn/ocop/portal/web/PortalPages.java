package vn.ocop.portal.web;

import java.time.Duration;

import org.springframework.http.CacheControl;

import jakarta.servlet.http.HttpServletResponse;

/** Cache rules of the portal's responses. */
final class PortalPages {

	/** HTML pages: kept by the browser a minute (they carry the visitor's sign-in state, so never shared). */
	static final CacheControl PAGE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate();

	/** Data downloads, the sitemap and the public API: shared caches may keep them five minutes. */
	static final CacheControl DATA = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private PortalPages() {
	}

	static void page(HttpServletResponse response) {
		response.setHeader("Cache-Control", PAGE.getHeaderValue());
	}
}
