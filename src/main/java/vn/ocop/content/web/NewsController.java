package vn.ocop.content.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.content.ArticleKind;
import vn.ocop.content.ArticleView;
import vn.ocop.content.ContentManagement;
import vn.ocop.content.PublishedContent;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.OcopSettings;

/**
 * The public side of the editorial content: the list of articles by category ({@code /news?kind=}), each article
 * ({@code /news/{slug}}) and the uploaded images ({@code /news/images/...}, cached for a long time: they never
 * change under the same name).
 */
@Controller
class NewsController {

	static final int PAGE_SIZE = 12;

	private final PublishedContent content;
	private final ContentManagement management;
	private final String base;

	NewsController(PublishedContent content, ContentManagement management,
			OcopSettings settings) {
		this.content = content;
		this.management = management;
		this.base = settings.baseUrlWithoutSlash();
	}

	@GetMapping("/news")
	String list(@RequestParam(required = false) @Nullable ArticleKind kind,
			@RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
		var articles = content.page(kind == null ? List.of() : List.of(kind), Math.max(1, page) - 1, PAGE_SIZE);
		model.addAttribute("articles", articles);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("canonical", base + "/news" + (kind == null ? "" : "?kind=" + kind.name()));
		model.addAttribute("pageHead", "content/news");
		model.addAttribute("lightPage", true);
		response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate().getHeaderValue());
		return "content/news";
	}

	@GetMapping("/news/{slug}")
	String article(@PathVariable String slug, Model model, HttpServletResponse response) {
		ArticleView article = content.bySlug(slug).orElseThrow(() -> new NotFoundException("content.article.notFound", slug));
		model.addAttribute("article", article);
		model.addAttribute("canonical", base + "/news/" + article.slug());
		model.addAttribute("site", base);
		model.addAttribute("pageHead", "content/article");
		model.addAttribute("lightPage", true);
		response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate().getHeaderValue());
		return "content/article";
	}

	@GetMapping("/news/images/{month}/{id}")
	ResponseEntity<byte[]> image(@PathVariable String month, @PathVariable String id) throws IOException {
		return management.image(month + "/" + id)
				.map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
						.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
						.body(image.bytes()))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
