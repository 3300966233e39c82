package vn.ocop.portal.web;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import vn.ocop.content.ArticleView;
import vn.ocop.content.PublishedContent;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.CatalogueItem;

/**
 * {@code /sitemap.xml} (the public pages, every certified product and producer, every published article) and
 * {@code /robots.txt} (the back office and the API kept out, the sitemap named).
 */
@RestController
class SeoController {

	static final int MAX_ARTICLES = 5000;

	private final Catalogue catalogue;
	private final PublishedContent content;
	private final SiteAddress site;

	SeoController(Catalogue catalogue, PublishedContent content, SiteAddress site) {
		this.catalogue = catalogue;
		this.content = content;
		this.site = site;
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : List.of("/", "/products", "/map", "/news", "/open-data")) {
			url(xml, path, null);
		}
		List<CatalogueItem> items = catalogue.all();
		java.util.Set<String> producers = new java.util.LinkedHashSet<>();
		for (CatalogueItem item : items) {
			url(xml, item.path(), item.refreshedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
			producers.add(item.producerSlug());
		}
		producers.forEach(slug -> url(xml, "/producers/" + slug, null));
		for (ArticleView article : content.page(List.of(), 0, MAX_ARTICLES).getContent()) {
			url(xml, "/news/" + article.slug(), article.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().cacheControl(PortalPages.DATA).contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Allow: /
				Disallow: /api/
				Disallow: /admin/
				Disallow: /registry/
				Disallow: /certification/
				Disallow: /evaluation/
				Disallow: /content/
				Disallow: /dashboard
				Disallow: /login
				Sitemap: %s
				""".formatted(site.of("/sitemap.xml"));
		return ResponseEntity.ok().cacheControl(PortalPages.DATA).contentType(MediaType.TEXT_PLAIN).body(body);
	}

	private void url(StringBuilder xml, String path, @org.jspecify.annotations.Nullable String lastModified) {
		xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.of(path))).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}
}
