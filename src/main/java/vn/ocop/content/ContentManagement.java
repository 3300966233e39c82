package vn.ocop.content;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.document.CheckedUpload;
import vn.ocop.shared.document.CheckedUpload.UploadPolicy;
import vn.ocop.shared.storage.FileStorage;

/**
 * The editorial desk: editors (EDITOR) write articles and send them to review; the provincial office
 * (PROVINCE_ADMIN) approves them for publication now or at a later time, returns them with a note, or withdraws a
 * published one. Images are uploaded here and served publicly.
 */
@Service
@Transactional
public class ContentManagement {

	static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");
	static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
	private static final UploadPolicy IMAGE_POLICY = new UploadPolicy(IMAGE_TYPES, MAX_IMAGE_BYTES, "content.image.size",
			"content.image.size", "content.image.type", detected -> new Object[0], false, 200);
	static final String IMAGE_AREA = "content-images";

	private final Articles articles;
	private final AccessScope scope;
	private final FileStorage storage;
	private final Clock clock;
	private final List<String> imageHosts;

	ContentManagement(Articles articles, AccessScope scope, FileStorage storage, Clock clock,
			ContentSettings settings) {
		this.articles = articles;
		this.scope = scope;
		this.storage = storage;
		this.clock = clock;
		this.imageHosts = settings.imageHosts();
	}

	/** Whether the signed-in user works on the editorial desk (an editor or the provincial office). */
	@Transactional(readOnly = true)
	public boolean mayEdit() {
		return scope.currentUser().map(ContentManagement::isDesk).orElse(false);
	}

	/** Whether the signed-in user approves articles. */
	@Transactional(readOnly = true)
	public boolean mayApprove() {
		return scope.currentUser().map(u -> u.has(Role.PROVINCE_ADMIN)).orElse(false);
	}

	/** Every article of the desk, the most recently changed first. */
	@Transactional(readOnly = true)
	public List<ArticleView> desk() {
		requireDesk();
		return articles.findAllByNewest().stream().map(Article::toView).toList();
	}

	@Transactional(readOnly = true)
	public ArticleView article(UUID id) {
		requireDesk();
		return load(id).toView();
	}

	public ArticleView write(ArticleDraft draft) {
		CurrentUser user = requireDesk();
		requireSafeCover(draft.coverImage());
		Article article = new Article(uniqueSlug(draft.title()), draft, user.username(), clock.instant());
		requireBody(article);
		return articles.save(article).toView();
	}

	public ArticleView rewrite(UUID id, ArticleDraft draft) {
		requireDesk();
		Article article = load(id);
		if (article.getStatus() == ArticleStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("content.article.published");
		}
		requireSafeCover(draft.coverImage());
		article.describe(draft, clock.instant());
		requireBody(article);
		return article.toView();
	}

	public ArticleView submit(UUID id) {
		requireDesk();
		Article article = load(id);
		if (article.getStatus() != ArticleStatus.DRAFT) {
			throw BusinessRuleException.conflict("content.article.notDraft");
		}
		article.submit(clock.instant());
		return article.toView();
	}

	/** Approves an article in review; it shows from {@code publishAt} (now if absent or past). */
	public ArticleView approve(UUID id, @Nullable Instant publishAt) {
		CurrentUser user = requireOffice();
		Article article = load(id);
		if (article.getStatus() != ArticleStatus.IN_REVIEW) {
			throw BusinessRuleException.conflict("content.article.notInReview");
		}
		Instant now = clock.instant();
		article.approve(user.username(), publishAt == null || publishAt.isBefore(now) ? now : publishAt, now);
		return article.toView();
	}

	public ArticleView returnToDraft(UUID id, String note) {
		CurrentUser user = requireOffice();
		if (note == null || note.isBlank()) {
			throw BusinessRuleException.unprocessable("content.article.noteRequired");
		}
		Article article = load(id);
		if (article.getStatus() != ArticleStatus.IN_REVIEW) {
			throw BusinessRuleException.conflict("content.article.notInReview");
		}
		article.returnToDraft(user.username(), note, clock.instant());
		return article.toView();
	}

	public ArticleView withdraw(UUID id) {
		CurrentUser user = requireOffice();
		Article article = load(id);
		if (article.getStatus() != ArticleStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("content.article.notPublished");
		}
		article.withdraw(user.username(), clock.instant());
		return article.toView();
	}

	/** Stores an uploaded image (JPEG, PNG, WebP or GIF by its bytes, at most 5 MB); its public URL. */
	public String uploadImage(byte[] bytes) throws IOException {
		requireDesk();
		CheckedUpload.check(null, bytes, IMAGE_POLICY, "anh");
		String key = storage.store(IMAGE_AREA, bytes);
		return "/news/images/" + key.substring(IMAGE_AREA.length() + 1);
	}

	/**
	 * The images uploaded to the desk that articles use, as covers or in their text, newest article first (at most
	 * {@value #PICKER_IMAGES}): what the cover picker offers.
	 */
	@Transactional(readOnly = true)
	public List<String> uploadedImages() {
		requireDesk();
		var found = new java.util.LinkedHashSet<String>();
		for (Article article : articles.findAllByNewest()) {
			ArticleView view = article.toView();
			if (view.coverImage() != null && CoverImages.uploadedPath(view.coverImage()) != null) {
				found.add(view.coverImage());
			}
			var images = UPLOADED_IN_TEXT.matcher(view.body());
			while (images.find()) {
				found.add(images.group());
			}
		}
		return found.stream().limit(PICKER_IMAGES).toList();
	}

	static final int PICKER_IMAGES = 60;
	private static final java.util.regex.Pattern UPLOADED_IN_TEXT = java.util.regex.Pattern
			.compile("/news/images/\\d{4}-\\d{2}/[0-9a-f-]{36}");

	/** An uploaded image by the path after {@code /news/images/}; empty if unknown. */
	@Transactional(readOnly = true)
	public Optional<Image> image(String path) throws IOException {
		if (!path.matches("\\d{4}-\\d{2}/[0-9a-f-]{36}")) {
			return Optional.empty();
		}
		String key = IMAGE_AREA + "/" + path;
		if (!storage.exists(key)) {
			return Optional.empty();
		}
		byte[] bytes;
		try (InputStream in = storage.open(key)) {
			bytes = in.readAllBytes();
		}
		return Optional.of(new Image(CheckedUpload.detect(bytes), bytes));
	}

	/** An image's bytes and content type. */
	public record Image(String contentType, byte[] bytes) {
	}

	/** A cover image from the safe set: an image uploaded here, or an https address on a listed host. */
	private void requireSafeCover(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return;
		}
		String value = address.strip();
		String path = CoverImages.uploadedPath(value);
		if (path != null && storage.exists(IMAGE_AREA + "/" + path)) {
			return;
		}
		if (path == null && CoverImages.onListedHost(value, imageHosts)) {
			return;
		}
		throw BusinessRuleException.unprocessable("content.coverImage.unsafe");
	}

	private void requireBody(Article article) {
		if (HtmlSanitiser.text(article.toView().body()).isBlank() && !article.toView().body().contains("<img")) {
			throw BusinessRuleException.unprocessable("content.article.bodyEmpty");
		}
	}

	private String uniqueSlug(String title) {
		String base = Slugs.of(title, 120);
		String slug = base;
		for (int i = 2; articles.existsBySlug(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	private Article load(UUID id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("content.article.notFound", id));
	}

	private static boolean isDesk(CurrentUser user) {
		return user.has(Role.EDITOR) || user.has(Role.PROVINCE_ADMIN);
	}

	private CurrentUser requireDesk() {
		CurrentUser user = scope.requireCurrentUser();
		if (!isDesk(user)) {
			throw new AccessDeniedException("Only editors and the provincial office write articles");
		}
		return user;
	}

	private CurrentUser requireOffice() {
		CurrentUser user = scope.requireCurrentUser();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office approves articles");
		}
		return user;
	}
}
