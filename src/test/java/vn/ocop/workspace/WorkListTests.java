package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The work list's order (overdue first, undated last) and its "còn N ngày" / "quá hạn N ngày", reckoned in the
 * configured zone: at 23:30 UTC it is already the next day in Hà Tĩnh.
 */
class WorkListTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Test
	void shouldSortByDeadlineAndCountDaysInTheConfiguredZone() {
		// 3 December 2026, 23:30 UTC = 4 December, 06:30 in Hà Tĩnh
		Clock clock = Clock.fixed(ZonedDateTime.of(2026, 12, 3, 23, 30, 0, 0, ZoneId.of("UTC")).toInstant(), ZONE);
		LocalDate today = LocalDate.of(2026, 12, 4);
		WorkItemSource a = day -> List.of(
				WorkItem.of("b.later", "work.shop.confirmMany", today.plusDays(14), "/b", 2, 2),
				WorkItem.of("c.undated", "work.content.reviewMany", null, "/c", 3, 3));
		WorkItemSource b = day -> List.of(
				WorkItem.of("a.overdue", "work.monitoring.producerReport", today.minusDays(3), "/a", 1, "2026-11", "HTX"),
				WorkItem.of("d.today", "work.monitoring.inspection", today, "/d", 1, "Cam"));
		WorkItemSource broken = day -> {
			throw new IllegalStateException("down");
		};
		var list = new WorkList(List.of(a, broken, b), messages(), clock);

		var vi = list.entries(Locale.forLanguageTag("vi"));
		assertThat(vi).extracting(WorkList.Entry::kind).containsExactly("a.overdue", "d.today", "b.later", "c.undated");
		assertThat(vi).extracting(WorkList.Entry::due).containsExactly("quá hạn 3 ngày", "hạn hôm nay", "còn 14 ngày", null);
		assertThat(vi.get(0).title()).isEqualTo("Gửi báo cáo tháng 2026-11 — HTX");
		assertThat(vi.get(0).overdue()).isTrue();
		assertThat(vi.get(2).count()).isEqualTo(2);

		var en = list.entries(Locale.ENGLISH);
		assertThat(en).extracting(WorkList.Entry::due).containsExactly("3 days overdue", "due today", "14 days left", null);
	}

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames("messages/workspace");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
