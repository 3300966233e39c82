package vn.ocop.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The editorial desk's work (issue 16): for the provincial office, articles sent for review (by the earliest
 * publication asked for); for an editor, their articles returned with a note and their drafts not yet sent.
 */
@Component
@Transactional(readOnly = true)
class ContentWorkItems implements WorkItemSource {

	private final ContentManagement content;
	private final AccessScope scope;
	private final Clock clock;

	ContentWorkItems(ContentManagement content, AccessScope scope, Clock clock) {
		this.content = content;
		this.scope = scope;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = scope.requireCurrentUser();
		List<WorkItem> items = new ArrayList<>();
		if (!content.mayEdit()) {
			return items;
		}
		List<ArticleView> desk = content.desk();
		if (user.has(Role.PROVINCE_ADMIN)) {
			List<ArticleView> inReview = desk.stream().filter(a -> a.status() == ArticleStatus.IN_REVIEW).toList();
			if (inReview.size() == 1) {
				ArticleView a = inReview.get(0);
				items.add(WorkItem.of("content.to-review", "work.content.reviewOne", day(a), "/content/" + a.id(), 1,
						a.title()));
			}
			else if (!inReview.isEmpty()) {
				LocalDate first = inReview.stream().map(this::day).filter(Objects::nonNull)
						.min(Comparator.naturalOrder()).orElse(null);
				items.add(WorkItem.of("content.to-review", "work.content.reviewMany", first, "/content", inReview.size(),
						inReview.size()));
			}
		}
		if (user.has(Role.EDITOR)) {
			List<ArticleView> mine = desk.stream().filter(a -> a.author().equals(user.username()))
					.filter(a -> a.status() == ArticleStatus.DRAFT).toList();
			mine.stream().filter(a -> a.reviewNote() != null && !a.reviewNote().isBlank())
					.forEach(a -> items.add(WorkItem.of("content.returned", "work.content.returned", day(a),
							"/content/" + a.id(), 1, a.title())));
			long drafts = mine.stream().filter(a -> a.reviewNote() == null || a.reviewNote().isBlank()).count();
			if (drafts > 0) {
				items.add(WorkItem.of("content.drafts", "work.content.drafts", null, "/content", drafts, drafts));
			}
		}
		return items;
	}

	/** The day the article is to be published, in the configured zone. */
	private @org.jspecify.annotations.Nullable LocalDate day(ArticleView article) {
		return article.publishAt() == null ? null : article.publishAt().atZone(clock.getZone()).toLocalDate();
	}
}
