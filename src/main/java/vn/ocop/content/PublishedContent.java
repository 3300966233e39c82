package vn.ocop.content;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public reads: published articles whose publication time has come, newest first. No sign-in.
 */
@Service
@Transactional(readOnly = true)
public class PublishedContent {

	private final Articles articles;
	private final Clock clock;

	PublishedContent(Articles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	/** The latest articles of the given kinds (all kinds if empty). */
	public List<ArticleView> latest(Collection<ArticleKind> kinds, int limit) {
		if (kinds.isEmpty() || kinds.containsAll(EnumSet.allOf(ArticleKind.class))) {
			return articles.findLatestPublished(clock.instant(), org.springframework.data.domain.Limit.of(Math.max(1, limit)))
					.stream().map(Article::toView).toList();
		}
		return page(kinds, 0, limit).getContent();
	}

	/** A page (from 0) of published articles of the given kinds (all kinds if empty). */
	public Page<ArticleView> page(Collection<ArticleKind> kinds, int page, int size) {
		var wanted = kinds.isEmpty() ? EnumSet.allOf(ArticleKind.class) : EnumSet.copyOf(kinds);
		return articles.findPublished(wanted, clock.instant(), PageRequest.of(Math.max(0, page), Math.max(1, size)))
				.map(Article::toView);
	}

	/** A published article by its slug; empty if there is none or it is not yet (or no longer) public. */
	public Optional<ArticleView> bySlug(String slug) {
		return articles.findBySlug(slug).map(Article::toView).filter(a -> a.visibleAt(clock.instant()));
	}

	/**
	 * The published stories about a product, newest first, in one query whose entities have no lazy parts. A
	 * product page asks {@link ProductStories}, which asks here only for the few products that have any.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ArticleView> about(UUID productId) {
		return articles.findPublishedAbout(productId, clock.instant()).stream().map(Article::toView).toList();
	}
}
