package vn.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * An article's life without Spring: a draft goes to review, is approved (visible from its publication time) or
 * returned with a note, and a published article is withdrawn before it is changed; every other move is refused.
 */
class ArticleTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");

	@Test
	void shouldPublishAReviewedArticleFromItsPublicationTimeOnly() {
		var article = article();
		assertThat(article.toView().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThatThrownBy(() -> article.approve("office", NOW, NOW)).isInstanceOf(IllegalStateException.class);
		article.submit(NOW.plusSeconds(60));
		assertThatThrownBy(() -> article.submit(NOW)).isInstanceOf(IllegalStateException.class);

		var at = NOW.plusSeconds(3600);
		article.approve("office", at, NOW.plusSeconds(120));
		var view = article.toView();
		assertThat(view.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(view.reviewer()).isEqualTo("office");
		assertThat(view.updatedAt()).isEqualTo(NOW.plusSeconds(120));
		assertThat(view.visibleAt(at.minusSeconds(1))).isFalse();
		assertThat(view.visibleAt(at)).isTrue();
		assertThatThrownBy(() -> article.approve("office", at, NOW)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> article.returnToDraft("office", "x", NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldChangeAPublishedArticleOnlyOnceWithdrawn() {
		var article = article();
		article.submit(NOW);
		article.approve("office", NOW, NOW);
		assertThatThrownBy(() -> article.describe(draft("Tiêu đề mới"), NOW)).isInstanceOf(IllegalStateException.class);
		assertThat(article.toView().title()).isEqualTo("Cam Khe Mây vào mùa");

		article.withdraw("office", NOW.plusSeconds(60));
		var view = article.toView();
		assertThat(view.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(view.publishAt()).isNull();
		assertThat(view.visibleAt(NOW.plusSeconds(120))).isFalse();
		assertThatThrownBy(() -> article.withdraw("office", NOW)).isInstanceOf(IllegalStateException.class);
		article.describe(draft("  Tiêu đề mới  "), NOW.plusSeconds(180));
		assertThat(article.toView().title()).isEqualTo("Tiêu đề mới");
		assertThat(article.toView().updatedAt()).isEqualTo(NOW.plusSeconds(180));
	}

	@Test
	void shouldReturnAnArticleWithTheNoteAndForgetTheNoteOnTheNextSubmission() {
		var article = article();
		assertThatThrownBy(() -> article.returnToDraft("office", "Thiếu ảnh", NOW)).isInstanceOf(IllegalStateException.class);
		article.submit(NOW);
		// a text in review may still be corrected
		article.describe(draft("Cam Khe Mây"), NOW);
		article.returnToDraft("office", "  Thiếu ảnh bìa  ", NOW);
		assertThat(article.toView()).satisfies(v -> {
			assertThat(v.status()).isEqualTo(ArticleStatus.DRAFT);
			assertThat(v.reviewNote()).isEqualTo("Thiếu ảnh bìa");
			assertThat(v.publishAt()).isNull();
		});
		article.submit(NOW.plusSeconds(60));
		assertThat(article.toView().reviewNote()).isNull();
		assertThat(article.toView().status()).isEqualTo(ArticleStatus.IN_REVIEW);
	}

	@Test
	void shouldTidyADraftAndCleanItsBody() {
		var product = UUID.randomUUID();
		var article = new Article("cam-khe-may", new ArticleDraft(ArticleKind.PRODUCT_STORY, "  Cam  ", "  ",
				"<p>Sweet</p><script>alert(1)</script>", "  ", product), "editor", NOW);
		var view = article.toView();
		assertThat(view.title()).isEqualTo("Cam");
		assertThat(view.summary()).isNull();
		assertThat(view.body()).contains("<p>Sweet</p>").doesNotContain("script");
		assertThat(view.productId()).isEqualTo(product);
		assertThat(view.author()).isEqualTo("editor");
		assertThat(view.createdAt()).isEqualTo(NOW);
		assertThat(view.slug()).isEqualTo("cam-khe-may");
	}

	private static Article article() {
		return new Article("cam-khe-may-vao-mua", draft("Cam Khe Mây vào mùa"), "editor", NOW);
	}

	private static ArticleDraft draft(String title) {
		return new ArticleDraft(ArticleKind.NEWS, title, "Tóm tắt", "<p>Nội dung</p>", null, null);
	}
}
