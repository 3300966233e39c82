package vn.ocop.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The signed-in user's work list (issue 16): what every module has waiting for them, the nearest deadline first
 * (overdue on top), items without a deadline last. The workspace knows no module: each contributes a
 * {@link WorkItemSource}.
 */
@Service
public class WorkList {

	private static final Logger log = LoggerFactory.getLogger(WorkList.class);

	private final List<WorkItemSource> sources;
	private final MessageSource messages;
	private final Clock clock;

	WorkList(List<WorkItemSource> sources, MessageSource messages, Clock clock) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One line of the list as shown and as the API answers.
	 *
	 * @param title the line in the reader's language
	 * @param daysLeft days from today to the deadline (negative once overdue), {@code null} without a deadline
	 * @param due "còn N ngày" / "quá hạn N ngày" / "hạn hôm nay" in the reader's language, {@code null} without a
	 *        deadline
	 */
	public record Entry(String kind, String title, @Nullable LocalDate deadline, @Nullable Long daysLeft,
			@Nullable String due, String link, long count) {

		public boolean overdue() {
			return daysLeft != null && daysLeft < 0;
		}
	}

	/** The items of the signed-in user, by deadline. */
	public List<WorkItem> items() {
		LocalDate today = LocalDate.now(clock);
		List<WorkItem> all = new ArrayList<>();
		for (WorkItemSource source : sources) {
			try {
				all.addAll(source.workItems(today));
			}
			catch (RuntimeException e) {
				// one module failing must not take the whole dashboard down
				log.warn("Work items of {} unavailable: {}", source.getClass().getSimpleName(), e.toString());
			}
		}
		all.sort(Comparator.comparing(WorkItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(WorkItem::kind));
		return all;
	}

	/** The items of the signed-in user, by deadline, rendered in the reader's language. */
	public List<Entry> entries(Locale locale) {
		LocalDate today = LocalDate.now(clock);
		return items().stream().map(item -> entry(item, today, locale)).toList();
	}

	private Entry entry(WorkItem item, LocalDate today, Locale locale) {
		String title = messages.getMessage(item.messageCode(), item.args().toArray(), item.messageCode(), locale);
		Long daysLeft = item.deadline() == null ? null : ChronoUnit.DAYS.between(today, item.deadline());
		String due = null;
		if (daysLeft != null) {
			due = daysLeft == 0 ? messages.getMessage("workspace.dueToday", null, locale)
					// as a plain number: "quá hạn 1200 ngày", never "1.200" (issue 16)
					: daysLeft > 0 ? messages.getMessage("workspace.daysLeft", new Object[] { String.valueOf(daysLeft) }, locale)
							: messages.getMessage("workspace.overdue", new Object[] { String.valueOf(-daysLeft) }, locale);
		}
		return new Entry(item.kind(), title, item.deadline(), daysLeft, due, item.link(), item.count());
	}
}
