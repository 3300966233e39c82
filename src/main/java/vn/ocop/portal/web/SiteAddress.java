package vn.ocop.portal.web;

/** The site's absolute base address ({@code ocop.base-url}), without a trailing slash. */
record SiteAddress(String base) {

	String of(String path) {
		return base + path;
	}
}
