package vn.ocop.content.web;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.content.ArticleDraft;
import vn.ocop.content.ArticleKind;
import vn.ocop.content.ArticleView;

/** The article form of the editorial desk. */
class ArticleForm {

	@NotNull
	private @Nullable ArticleKind kind = ArticleKind.NEWS;

	@NotBlank
	@Size(max = 300)
	private @Nullable String title;

	@Size(max = 1000)
	private @Nullable String summary;

	@NotBlank
	@Size(max = 150000)
	private @Nullable String body;

	@Size(max = 300)
	private @Nullable String coverImage;

	private @Nullable UUID productId;

	static ArticleForm of(ArticleView view) {
		var form = new ArticleForm();
		form.kind = view.kind();
		form.title = view.title();
		form.summary = view.summary();
		form.body = view.body();
		form.coverImage = view.coverImage();
		form.productId = view.productId();
		return form;
	}

	@SuppressWarnings("NullAway")
	ArticleDraft toDraft() {
		return new ArticleDraft(kind, title, summary, body, coverImage, productId);
	}

	public @Nullable ArticleKind getKind() { return kind; }
	public void setKind(@Nullable ArticleKind kind) { this.kind = kind; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary; }
	public @Nullable String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body; }
	public @Nullable String getCoverImage() { return coverImage; }
	public void setCoverImage(@Nullable String coverImage) { this.coverImage = coverImage; }
	public @Nullable UUID getProductId() { return productId; }
	public void setProductId(@Nullable UUID productId) { this.productId = productId; }

	/**
	 * The approval form: when the article goes public (now if empty); also the return form, with its note (that a
	 * returned article has one is the article's own rule).
	 */
	static class Approval {
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private @Nullable LocalDateTime publishAt;
		@Size(max = 1000)
		private @Nullable String note;

		public @Nullable LocalDateTime getPublishAt() { return publishAt; }
		public void setPublishAt(@Nullable LocalDateTime publishAt) { this.publishAt = publishAt; }
		public @Nullable String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note; }
	}
}
