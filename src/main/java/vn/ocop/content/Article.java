package vn.ocop.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An editorial article. It is written as a {@link ArticleStatus#DRAFT}, sent to review, then approved (published
 * from a chosen time) or returned with a note; a published article can be withdrawn back to draft. The body is
 * stored sanitised.
 */
@Entity
@Table(name = "content_article")
@jakarta.persistence.EntityListeners(vn.ocop.shared.cluster.EntityChanges.class)
@vn.ocop.shared.cluster.ClusterBroadcast
class Article {

	@Id
	private UUID id;

	@Column(nullable = false, length = 200)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ArticleKind kind;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 1000)
	private @Nullable String summary;

	@Column(nullable = false, length = 200000)
	private String body;

	@Column(name = "cover_image", length = 300)
	private @Nullable String coverImage;

	@Column(name = "product_id")
	private @Nullable UUID productId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ArticleStatus status;

	@Column(name = "publish_at")
	private @Nullable Instant publishAt;

	@Column(nullable = false, length = 64)
	private String author;

	@Column(length = 64)
	private @Nullable String reviewer;

	@Column(name = "review_note", length = 1000)
	private @Nullable String reviewNote;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Article() {
	}

	Article(String slug, ArticleDraft draft, String author, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.status = ArticleStatus.DRAFT;
		this.author = author;
		this.createdAt = now;
		this.kind = draft.kind();
		this.title = draft.title().strip();
		this.body = HtmlSanitiser.clean(draft.body());
		describe(draft, now);
	}

	/** New words; only while a draft or in review (a published article is withdrawn first). */
	void describe(ArticleDraft draft, Instant now) {
		if (status == ArticleStatus.PUBLISHED) {
			throw new IllegalStateException("A published article is withdrawn before it is changed");
		}
		this.kind = draft.kind();
		this.title = draft.title().strip();
		this.summary = draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip();
		this.body = HtmlSanitiser.clean(draft.body());
		this.coverImage = draft.coverImage() == null || draft.coverImage().isBlank() ? null : draft.coverImage().strip();
		this.productId = draft.productId();
		this.updatedAt = now;
	}

	/** The editor sends the draft to the provincial office. */
	void submit(Instant now) {
		if (status != ArticleStatus.DRAFT) {
			throw new IllegalStateException("Only a draft goes to review");
		}
		this.status = ArticleStatus.IN_REVIEW;
		this.reviewNote = null;
		this.updatedAt = now;
	}

	/** The office approves: published, visible from {@code publishAt} (now or later). */
	void approve(String reviewer, Instant publishAt, Instant now) {
		if (status != ArticleStatus.IN_REVIEW) {
			throw new IllegalStateException("Only an article in review is approved");
		}
		this.status = ArticleStatus.PUBLISHED;
		this.reviewer = reviewer;
		this.publishAt = publishAt;
		this.updatedAt = now;
	}

	/** The office returns the article to its editor with a note. */
	void returnToDraft(String reviewer, String note, Instant now) {
		if (status != ArticleStatus.IN_REVIEW) {
			throw new IllegalStateException("Only an article in review is returned");
		}
		this.status = ArticleStatus.DRAFT;
		this.reviewer = reviewer;
		this.reviewNote = note.strip();
		this.updatedAt = now;
	}

	/** The office takes a published article off the site; it becomes a draft again. */
	void withdraw(String reviewer, Instant now) {
		if (status != ArticleStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published article is withdrawn");
		}
		this.status = ArticleStatus.DRAFT;
		this.reviewer = reviewer;
		this.publishAt = null;
		this.updatedAt = now;
	}

	ArticleView toView() {
		return new ArticleView(id, slug, kind, title, summary, body, CoverImages.shown(coverImage), productId, status, publishAt, author,
				reviewer, reviewNote, createdAt, updatedAt);
	}

	UUID getId() {
		return id;
	}

	ArticleStatus getStatus() {
		return status;
	}

	String getAuthor() {
		return author;
	}
}
