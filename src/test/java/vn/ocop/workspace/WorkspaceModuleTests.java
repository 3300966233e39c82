package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.UserManagement;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The workspace module booted alone: the work lists of the modules (what each has waiting for the signed-in user)
 * are mocks, as are identity, geography, registry and evaluation, which the dashboard asks about the user, their
 * unit and the cycle's figures. Its own empty
 * in-memory database and no demo data: every to-do item is one the test makes a module answer.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:workspace-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class WorkspaceModuleTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@MockitoBean(name = "shopWorkItems")
	WorkItemSource shop;

	@MockitoBean(name = "contentWorkItems")
	WorkItemSource content;

	@MockitoBean(name = "reportingWorkItems")
	WorkItemSource reporting;

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	GeographyApi geography;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	EvaluationManagement evaluation;

	@Autowired
	WorkList workList;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void setUp() {
		today = LocalDate.now(clock);
		when(shop.workItems(any())).thenReturn(List.of());
		when(content.workItems(any())).thenReturn(List.of());
		when(reporting.workItems(any())).thenReturn(List.of());
	}

	@Test
	void shouldListWhatEveryModuleHasWaitingOverdueFirstAndUndatedLast() {
		when(shop.workItems(any())).thenReturn(List.of(
				WorkItem.of("shop.to-confirm", "work.shop.confirmMany", today.plusDays(14), "/shop/orders", 2, 2)));
		when(content.workItems(any())).thenReturn(
				List.of(WorkItem.of("content.to-review", "work.content.reviewMany", null, "/content", 3, 3)));
		when(reporting.workItems(any())).thenReturn(List.of(
				WorkItem.of("reporting.producer", "work.monitoring.producerReport", today.minusDays(3), "/reports", 1,
						"2026-11", "HTX Cam Đức Lĩnh"),
				WorkItem.of("reporting.today", "work.monitoring.producerReport", today, "/reports/today", 1, "2026-12",
						"HTX Mật ong")));

		var vi = workList.entries(VIETNAMESE);

		assertThat(vi).extracting(WorkList.Entry::kind).containsExactly("reporting.producer", "reporting.today",
				"shop.to-confirm", "content.to-review");
		assertThat(vi).extracting(WorkList.Entry::due).containsExactly("quá hạn 3 ngày", "hạn hôm nay", "còn 14 ngày",
				null);
		assertThat(vi).extracting(WorkList.Entry::daysLeft).containsExactly(-3L, 0L, 14L, null);
		assertThat(vi.get(0).title()).isEqualTo("Gửi báo cáo tháng 2026-11 — HTX Cam Đức Lĩnh");
		assertThat(vi.get(0).overdue()).isTrue();
		assertThat(vi.get(1).overdue()).isFalse();
		assertThat(vi.get(2).link()).isEqualTo("/shop/orders");
		assertThat(vi.get(3).count()).isEqualTo(3);
		verify(shop).workItems(today);

		var en = workList.entries(Locale.ENGLISH);
		assertThat(en).extracting(WorkList.Entry::title).containsExactly("Send the report of 2026-11 — HTX Cam Đức Lĩnh",
				"Send the report of 2026-12 — HTX Mật ong", "2 orders waiting for confirmation",
				"3 articles waiting for review");
		assertThat(en).extracting(WorkList.Entry::due).containsExactly("3 days overdue", "due today", "14 days left",
				null);
	}

	@Test
	void shouldKeepTheListWhenOneModuleFails() {
		when(shop.workItems(any())).thenThrow(new IllegalStateException("shop database down"));
		when(content.workItems(any())).thenReturn(
				List.of(WorkItem.of("content.to-review", "work.content.reviewMany", null, "/content", 5, 5)));

		assertThat(workList.items()).extracting(WorkItem::kind).containsExactly("content.to-review");
		assertThat(workList.entries(VIETNAMESE)).singleElement().satisfies(e -> {
			assertThat(e.due()).isNull();
			assertThat(e.daysLeft()).isNull();
			assertThat(e.title()).contains("5");
		});
	}

	@Test
	void shouldBeEmptyWhenNoModuleHasAnythingWaiting() {
		assertThat(workList.items()).isEmpty();
		assertThat(workList.entries(VIETNAMESE)).isEmpty();
	}

	@Test
	void shouldSortItemsOfTheSameDayByKind() {
		when(shop.workItems(any())).thenReturn(
				List.of(WorkItem.of("z.last", "work.shop.confirmMany", today.plusDays(1), "/z", 1, 1)));
		when(reporting.workItems(any())).thenReturn(
				List.of(WorkItem.of("a.first", "work.shop.confirmMany", today.plusDays(1), "/a", 1, 1)));

		assertThat(workList.items()).extracting(WorkItem::kind).containsExactly("a.first", "z.last");
		assertThat(workList.entries(VIETNAMESE)).allSatisfy(e -> assertThat(e.due()).isEqualTo("còn 1 ngày"));
	}

	@Test
	void shouldShowTheCodeOfAMessageNoBundleHas() {
		when(shop.workItems(any())).thenReturn(
				List.of(WorkItem.of("shop.unknown", "work.shop.noSuchMessage", null, "/shop", 1)));

		assertThat(workList.entries(VIETNAMESE)).singleElement()
				.satisfies(e -> assertThat(e.title()).isEqualTo("work.shop.noSuchMessage"));
	}
}
