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

	/**
	 * The weak entity tag of a response derived from the catalogue alone (and the language): it changes with the
	 * catalogue's version, so browsers and reverse proxies may revalidate a kept copy with {@code If-None-Match}
	 * and get {@code 304 Not Modified} without a search.
	 */
	static String etag(String catalogueVersion, String... variant) {
		return "W/\"catalogue-" + catalogueVersion + (variant.length == 0 ? "" : "-" + String.join("-", variant)) + "\"";
	}

	static void page(HttpServletResponse response) {
		response.setHeader("Cache-Control", PAGE.getHeaderValue());
	}
}
