package vn.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.certification.CertificateVerification;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.support.MovableClock;

/**
 * The content module booted alone with mocks of identity (the signed-in person) and of the registry and
 * certification (the desk's product picker). Its own empty in-memory database and no demo data: every article is
 * the test's, under a title of its own. Time is moved to see a scheduled article come out.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:content-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class ContentModuleTests {

	static final CurrentUser EDITOR = new CurrentUser("editor-t", "Biên tập viên", Set.of(Role.EDITOR), "42");
	static final CurrentUser OFFICE = new CurrentUser("office-t", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	static final CurrentUser PRODUCER = new CurrentUser("producer-t", "HTX Cam", Set.of(Role.PRODUCER), "18322");

	/** The application's clock, moved by days (a bean of this package: a module test keeps out others). */
	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	CertificateVerification certificates;

	@MockitoBean
	ProductLifecycle products;

	@Autowired
	ContentManagement content;

	@Autowired
	PublishedContent published;

	@Autowired
	ProductStories stories;

	@Autowired
	ContentWorkItems work;

	@Autowired
	MovableClock clock;

	String suffix;

	@BeforeEach
	void setUp() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		signIn(EDITOR);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void shouldTakeADraftThroughReviewToPublicationNowOnlyByTheOffice() {
		var draft = content.write(news("Hội chợ OCOP Hà Tĩnh " + suffix, "<p>Khai mạc hội chợ.</p>"));
		assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.author()).isEqualTo(EDITOR.username());
		assertThat(draft.slug()).isEqualTo("hoi-cho-ocop-ha-tinh-" + suffix);
		assertThat(published.bySlug(draft.slug())).isEmpty();

		var inReview = content.submit(draft.id());
		assertThat(inReview.status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(content.rewrite(draft.id(), news("Hội chợ OCOP " + suffix, "<p>Đã sửa.</p>")).status())
				.isEqualTo(ArticleStatus.IN_REVIEW);
		assertThatThrownBy(() -> content.approve(draft.id(), null)).isInstanceOf(AccessDeniedException.class);
		assertThat(published.bySlug(draft.slug())).isEmpty();

		signIn(OFFICE);
		Instant before = clock.instant();
		var approved = content.approve(draft.id(), before.minus(3, ChronoUnit.DAYS));

		assertThat(approved.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(approved.reviewer()).isEqualTo(OFFICE.username());
		// a time in the past publishes now
		assertThat(approved.publishAt()).isBetween(before, clock.instant());
		assertThat(published.bySlug(draft.slug())).hasValueSatisfying(a -> {
			assertThat(a.title()).isEqualTo("Hội chợ OCOP " + suffix);
			assertThat(a.body()).isEqualTo("<p>Đã sửa.</p>");
		});
		assertThat(published.latest(List.of(), 100)).extracting(ArticleView::id).contains(draft.id());
		assertThat(published.latest(List.of(ArticleKind.GOOD_MODEL), 100)).extracting(ArticleView::id)
				.doesNotContain(draft.id());
		assertThat(published.page(List.of(ArticleKind.NEWS), 0, 100).getContent()).extracting(ArticleView::id)
				.contains(draft.id());
		assertConflict(() -> content.approve(draft.id(), null), "content.article.notInReview");
		assertConflict(() -> content.submit(draft.id()), "content.article.notDraft");
	}

	@Test
	void shouldReturnAnArticleToItsEditorOnlyWithANote() {
		var draft = content.write(news("Tập huấn " + suffix, "<p>Tập huấn cho chủ thể.</p>"));
		content.submit(draft.id());
		signIn(OFFICE);

		assertThatThrownBy(() -> content.returnToDraft(draft.id(), "  "))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.UNPROCESSABLE);
					assertThat(e.messageCode()).isEqualTo("content.article.noteRequired");
				});
		assertThat(content.article(draft.id()).status()).isEqualTo(ArticleStatus.IN_REVIEW);

		var returned = content.returnToDraft(draft.id(), "  Thêm ảnh hội nghị.  ");
		assertThat(returned.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(returned.reviewNote()).isEqualTo("Thêm ảnh hội nghị.");
		assertThat(returned.reviewer()).isEqualTo(OFFICE.username());
		assertConflict(() -> content.returnToDraft(draft.id(), "lại"), "content.article.notInReview");

		signIn(EDITOR);
		assertThat(work.workItems(clock.today())).anySatisfy(item -> {
			assertThat(item.kind()).isEqualTo("content.returned");
			assertThat(item.link()).isEqualTo("/content/" + draft.id());
			assertThat(item.args()).containsExactly("Tập huấn " + suffix);
		});
		var resent = content.submit(draft.id());
		assertThat(resent.status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(resent.reviewNote()).isNull();
		assertThat(work.workItems(clock.today())).noneSatisfy(
				item -> assertThat(item.link()).isEqualTo("/content/" + draft.id()));
	}

	@Test
	void shouldShowAScheduledStoryAboutAProductOnlyOnceItsTimeHasCome() {
		UUID product = UUID.randomUUID();
		var draft = content.write(new ArticleDraft(ArticleKind.PRODUCT_STORY, "Câu chuyện cam bù " + suffix,
				"Cam bù Hương Sơn", "<p>Vườn cam trên núi.</p>", null, product));
		content.submit(draft.id());
		signIn(OFFICE);
		Instant inThreeDays = clock.instant().plus(3, ChronoUnit.DAYS);

		var scheduled = content.approve(draft.id(), inThreeDays);

		assertThat(scheduled.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(scheduled.publishAt()).isEqualTo(inThreeDays);
		assertThat(published.bySlug(draft.slug())).isEmpty();
		assertThat(published.about(product)).isEmpty();
		assertThat(published.latest(List.of(), 100)).extracting(ArticleView::id).doesNotContain(draft.id());
		assertThat(published.about(UUID.randomUUID())).isEmpty();
		assertThat(stories.about(product)).isEmpty();
		assertThat(stories.about(UUID.randomUUID())).isEmpty();

		clock.moveTo(clock.today().plusDays(4));

		assertThat(published.bySlug(draft.slug())).isPresent();
		assertThat(published.about(product)).extracting(ArticleView::id).containsExactly(draft.id());
		assertThat(stories.about(product)).extracting(ArticleView::id).containsExactly(draft.id());
		assertThat(published.latest(List.of(ArticleKind.PRODUCT_STORY), 100)).extracting(ArticleView::id)
				.contains(draft.id());
	}

	@Test
	void shouldWithdrawAPublishedArticleBeforeItIsChangedAgain() {
		var draft = content.write(news("Kết quả đánh giá " + suffix, "<p>Kết quả.</p>"));
		content.submit(draft.id());
		signIn(OFFICE);
		content.approve(draft.id(), null);
		assertThat(published.bySlug(draft.slug())).isPresent();

		assertConflict(() -> content.rewrite(draft.id(), news("Khác " + suffix, "<p>Khác.</p>")),
				"content.article.published");
		var withdrawn = content.withdraw(draft.id());

		assertThat(withdrawn.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(withdrawn.publishAt()).isNull();
		assertThat(published.bySlug(draft.slug())).isEmpty();
		assertThat(published.latest(List.of(), 100)).extracting(ArticleView::id).doesNotContain(draft.id());
		assertConflict(() -> content.withdraw(draft.id()), "content.article.notPublished");
		assertThat(content.rewrite(draft.id(), news("Kết quả mới " + suffix, "<p>Mới.</p>")).title())
				.isEqualTo("Kết quả mới " + suffix);
	}

	@Test
	void shouldStoreOnlySanitisedHtmlAndASafeCover() {
		var article = content.write(news("An toàn " + suffix,
				"<p onclick=\"steal()\">Chào <script>alert(1)</script><a href=\"javascript:alert(2)\">bấm</a>"
						+ " <a href=\"https://ocop.gov.vn\">trang</a><iframe src=\"https://x.test\"></iframe></p>"));

		assertThat(article.body()).doesNotContain("script", "onclick", "javascript:", "iframe", "alert")
				.contains("Chào", "<a href=\"https://ocop.gov.vn\" rel=\"noopener nofollow\">trang</a>");
		assertThatThrownBy(() -> content.write(news("Rỗng " + suffix, "<script>alert(1)</script><p> </p>")))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("content.article.bodyEmpty"));
		for (String cover : List.of("javascript:alert(1)", "http://example.com/a.jpg", "https://evil.test/a.jpg",
				"/news/images/2026-01/" + UUID.randomUUID())) {
			assertThatThrownBy(() -> content.write(new ArticleDraft(ArticleKind.NEWS, "Ảnh " + suffix, null,
					"<p>Ảnh bìa.</p>", cover, null))).as(cover).isInstanceOfSatisfying(BusinessRuleException.class,
							e -> assertThat(e.messageCode()).isEqualTo("content.coverImage.unsafe"));
		}
		assertThat(content.desk()).extracting(ArticleView::title).contains("An toàn " + suffix)
				.doesNotContain("Rỗng " + suffix, "Ảnh " + suffix);
	}

	@Test
	void shouldGiveEachArticleAnAddressOfItsOwn() {
		var first = content.write(news("Đặc sản Đức Thọ " + suffix, "<p>Một.</p>"));
		var second = content.write(news("Đặc sản Đức Thọ " + suffix, "<p>Hai.</p>"));

		assertThat(first.slug()).isEqualTo("dac-san-duc-tho-" + suffix);
		assertThat(second.slug()).isEqualTo("dac-san-duc-tho-" + suffix + "-2");
	}

	@Test
	void shouldKeepTheDeskToEditorsAndTheOffice() {
		signIn(PRODUCER);
		assertThat(content.mayEdit()).isFalse();
		assertThat(content.mayApprove()).isFalse();
		assertThatThrownBy(() -> content.write(news("Không được " + suffix, "<p>x</p>")))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> content.desk()).isInstanceOf(AccessDeniedException.class);
		assertThat(work.workItems(clock.today())).isEmpty();

		signIn(EDITOR);
		assertThat(content.mayEdit()).isTrue();
		assertThat(content.mayApprove()).isFalse();
	}

	@Test
	void shouldGiveTheOfficeTheArticlesWaitingForReview() {
		var draft = content.write(news("Chờ duyệt " + suffix, "<p>Chờ.</p>"));
		signIn(OFFICE);
		assertThat(work.workItems(clock.today())).noneSatisfy(item -> assertThat(item.args()).contains(draft.title()));
		signIn(EDITOR);
		content.submit(draft.id());
		signIn(OFFICE);

		assertThat(work.workItems(clock.today())).anySatisfy(item -> {
			assertThat(item.kind()).isEqualTo("content.to-review");
			assertThat(item.count()).isEqualTo(content.desk().stream()
					.filter(a -> a.status() == ArticleStatus.IN_REVIEW).count());
		});
	}

	private ArticleDraft news(String title, String body) {
		return new ArticleDraft(ArticleKind.NEWS, title, null, body, null, null);
	}

	private void signIn(CurrentUser user) {
		when(scope.currentUser()).thenReturn(Optional.of(user));
		when(scope.requireCurrentUser()).thenReturn(user);
	}

	private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
			assertThat(e.messageCode()).isEqualTo(code);
		});
	}
}
