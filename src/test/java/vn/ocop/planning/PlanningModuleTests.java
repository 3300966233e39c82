package vn.ocop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ReportFollowUps;

/**
 * The planning module booted alone: its own beans and mocks of the APIs of identity and notification. Its own empty
 * in-memory database and no demo data: every plan is the test's, each of its own year. No indicator module: the
 * plans do not need one.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:planning-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false", "ocop.programme.reminder-initial-delay=PT10000H" })
class PlanningModuleTests {

	static final CurrentUser OFFICE = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	static final CurrentUser LEAD = new CurrentUser("lead-vq", "Phòng NN Vũ Quang", Set.of(Role.DISTRICT_OFFICER), "441");
	static final CurrentUser OTHER = new CurrentUser("other-hk", "Phòng NN Hương Khê", Set.of(Role.DISTRICT_OFFICER), "442");

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	Notifications notifications;

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanTargets targets;

	@Autowired
	LateTaskReminders reminders;

	@Autowired
	List<ReportFollowUps> followUps;

	@Autowired
	Clock clock;

	@Test
	void shouldLetOnlyTheOfficeDrawUpAPlanThatEveryOfficerReads() {
		signIn(OFFICE);
		plans.create(new PlanManagement.NewPlan(2031, "Kế hoạch OCOP 2031", "01/KH-UBND"));
		plans.addTarget(2031, new PlanManagement.TargetDetails("certified", "Sản phẩm đạt 3 sao trở lên",
				BigDecimal.valueOf(60), "sản phẩm", "PRODUCTS_CERTIFIED", null));
		plans.addTarget(2031, new PlanManagement.TargetDetails("trained", "Cán bộ được tập huấn",
				BigDecimal.valueOf(80), "%", "TRAINED_SHARE", null));
		plans.addActivity(2031, 1, "Tuyên truyền");
		plans.addTask(2031, 1, task("1.1", null, LocalDate.of(2031, 3, 31)));
		assertThatThrownBy(() -> plans.create(new PlanManagement.NewPlan(2031, "Lần hai", null)))
				.isInstanceOf(BusinessRuleException.class);

		signIn(LEAD);
		var plan = plans.plan(2031);
		assertThat(plan.targets()).extracting(TargetView::code).containsExactly("certified", "trained");
		assertThat(plan.activities()).singleElement().satisfies(a -> assertThat(a.tasks()).hasSize(1));
		assertThatThrownBy(() -> plans.addActivity(2031, 2, "Đào tạo")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.create(new PlanManagement.NewPlan(2032, "Không được", null)))
				.isInstanceOf(AccessDeniedException.class);

		// what the indicators read: the targets in the plan's order, with the measure each names
		assertThat(targets.of(2031)).extracting(TargetView::measure).containsExactly("PRODUCTS_CERTIFIED", "TRAINED_SHARE");
		assertThat(targets.of(2099)).isEmpty();
	}

	@Test
	void shouldLetTheTasksLeadReportOnItAndNobodyElse() {
		signIn(OFFICE);
		plans.create(new PlanManagement.NewPlan(2033, "Kế hoạch 2033", null));
		plans.addActivity(2033, 1, "Củng cố tổ chức");
		var task = plans.addTask(2033, 1, task("1.1", LEAD.username(), LocalDate.of(2033, 6, 30)));

		signIn(LEAD);
		var reported = plans.report(task.id(), "Đã rà soát 12 HTX", 30);
		assertThat(reported.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(reported.progress()).isEqualTo(30);
		assertThat(plans.moveTask(task.id(), TaskStatus.DONE).progress()).isEqualTo(100);

		signIn(OTHER);
		assertThatThrownBy(() -> plans.report(task.id(), "Không phải việc của tôi", 50))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.moveTask(task.id(), TaskStatus.CANCELLED)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldRemindTheLeadOfALateTaskAndNotAgainTheSameWeek() {
		LocalDate today = LocalDate.now(clock);
		signIn(OFFICE);
		plans.create(new PlanManagement.NewPlan(2034, "Kế hoạch 2034", null));
		plans.addActivity(2034, 1, "Hội chợ");
		var late = plans.addTask(2034, 1, task("1.1", LEAD.username(), today.minusDays(3)));
		plans.addTask(2034, 1, task("1.2", LEAD.username(), today.plusDays(3)));
		assertThat(late.late()).isTrue();
		clearInvocations(notifications);

		assertThat(reminders.run()).isEqualTo(1);
		verify(notifications).send(argThat((Notice n) -> n.recipients().equals(Set.of(LEAD.username()))
				&& n.topic().equals(LateTaskReminders.TOPIC) && ("/programme/tasks/" + late.id()).equals(n.link())));
		clearInvocations(notifications);
		assertThat(reminders.run()).isZero();
		verify(notifications, never()).send(argThat((Notice n) -> ("/programme/tasks/" + late.id()).equals(n.link())));
	}

	@Test
	void shouldRemindTheOfficeOfALateTaskWithoutALead() {
		when(users.all()).thenReturn(List.of(account(OFFICE), account(LEAD)));
		signIn(OFFICE);
		plans.create(new PlanManagement.NewPlan(2035, "Kế hoạch 2035", null));
		plans.addActivity(2035, 1, "Xúc tiến thương mại");
		var late = plans.addTask(2035, 1, task("1.1", null, LocalDate.now(clock).minusDays(10)));
		clearInvocations(notifications);

		reminders.run();
		verify(notifications).send(argThat((Notice n) -> n.recipients().equals(Set.of(OFFICE.username()))
				&& ("/programme/tasks/" + late.id()).equals(n.link())));
	}

	@Test
	void shouldShowATaskAssignedFromAMonthlyReportAmongTheReportsFollowUps() {
		UUID report = UUID.randomUUID();
		signIn(OFFICE);
		plans.create(new PlanManagement.NewPlan(2036, "Kế hoạch 2036", null));
		plans.addActivity(2036, 7, "Hỗ trợ vốn");
		var task = plans.addTaskFromReport(2036, 7, task("7.1", LEAD.username(), LocalDate.of(2036, 9, 30)), report,
				"2036-02");
		assertThat(task.sourceReportId()).isEqualTo(report);

		var answers = followUps.stream().flatMap(f -> f.followUpsOf(report).stream()).toList();
		assertThat(answers).singleElement().satisfies(a -> {
			assertThat(a.link()).isEqualTo("/programme/tasks/" + task.id());
			assertThat(a.statusCode()).isEqualTo("programme.status.PLANNED");
		});
		assertThat(followUps.stream().flatMap(f -> f.followUpsOf(UUID.randomUUID()).stream())).isEmpty();
	}

	private static PlanManagement.TaskDetails task(String number, String lead, LocalDate deadline) {
		return new PlanManagement.TaskDetails(number, "Nhiệm vụ " + number, "Sở NN&PTNT", null, lead, deadline);
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
	}

	private static UserSummary account(CurrentUser user) {
		return new UserSummary(UUID.randomUUID(), user.username(), user.displayName(), null, user.roles(),
				user.unitCode(), true, false, null);
	}
}
