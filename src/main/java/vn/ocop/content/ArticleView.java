package vn.ocop.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An article as pages and other modules see it; {@code body} is sanitised HTML.
 *
 * @param coverImage the URL of the cover image, if any
 * @param productId the product a product story is about
 * @param publishAt when a published article becomes visible (a future time schedules it)
 */
public record ArticleView(UUID id, String slug, ArticleKind kind, String title, @Nullable String summary, String body,
		@Nullable String coverImage, @Nullable UUID productId, ArticleStatus status, @Nullable Instant publishAt,
		String author, @Nullable String reviewer, @Nullable String reviewNote, Instant createdAt, Instant updatedAt) {

	/** Whether the public sees it at {@code now}. */
	public boolean visibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
	}
}
