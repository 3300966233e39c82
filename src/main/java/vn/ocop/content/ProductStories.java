package vn.ocop.content;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.ocop.shared.cluster.EntityChanges;

/**
 * The published stories about a product, for its public page: few products have any, and the set of those that do
 * is read once per change of the articles ({@link EntityChanges}), so the page of a product without stories asks
 * nothing and passes no transaction interceptor (not a {@code @Transactional} bean: even a {@code SUPPORTS}
 * interceptor looked up its transaction manager and attribute on every call, ~3 % of a product page's CPU at
 * 100,000 entries); the stories of one that has some are read by {@link PublishedContent#about}.
 */
@Component
public class ProductStories {

	private final PublishedContent content;
	private final EntityChanges.Derived<Set<UUID>> productsWithArticles;

	ProductStories(PublishedContent content, Articles articles) {
		this.content = content;
		this.productsWithArticles = EntityChanges.derived(Article.class,
				() -> Set.copyOf(articles.findProductsWithPublishedArticles()));
	}

	/** The published stories about this product, newest first (as {@link PublishedContent#about}). */
	public List<ArticleView> about(UUID productId) {
		return productsWithArticles.get().contains(productId) ? content.about(productId) : List.of();
	}
}
