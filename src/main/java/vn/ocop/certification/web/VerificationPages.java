package vn.ocop.certification.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import vn.ocop.certification.Verification;

/**
 * Rendered public verification pages, by certificate state: code, revision (which changes with every change of the
 * certificate, so an entry can never be stale), status of the day, language and context path. Bounded (least
 * recently used entries go first); only known certificates are kept, so random codes cannot fill it.
 */
final class VerificationPages {

	static final int MAX_PAGES = 4096;

	private final Map<String, String> pages = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > MAX_PAGES;
		}
	});

	String page(Verification verification, Locale locale, String contextPath, Supplier<String> render) {
		String key = verification.code() + '|' + verification.revision() + '|' + verification.status() + '|'
				+ locale.getLanguage() + '|' + contextPath;
		String page = pages.get(key);
		if (page == null) {
			page = render.get();
			pages.put(key, page);
		}
		return page;
	}
}
