package vn.ocop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * A plan, its targets and activities, and every move of a task, without Spring: the plan's years, a target's code
 * unique in its plan (however padded) and its place after removals, activities kept in number order, the task
 * moves allowed and refused, progress on a cancelled task, and when a task counts as late.
 */
class PlanTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2024, 4, 1);

	@Test
	void shouldAcceptOnlyTheProgrammesYearsAndTidyThePlansTitle() {
		var early = catchThrowableOfType(BusinessRuleException.class, () -> new Plan(2017, "Kế hoạch", null, NOW, "office"));
		assertThat(early.messageCode()).isEqualTo("programme.plan.year.invalid");
		assertThat(early.arguments()).containsExactly(2017);
		assertThatThrownBy(() -> new Plan(2101, "Kế hoạch", null, NOW, "office")).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.plan.year.invalid");
		var first = new Plan(2018, "  Kế hoạch OCOP 2018 ", "  ", NOW, "office");
		assertThat(first.toView(TODAY)).satisfies(v -> {
			assertThat(v.year()).isEqualTo(2018);
			assertThat(v.title()).isEqualTo("Kế hoạch OCOP 2018");
			assertThat(v.reference()).isNull();
			assertThat(v.targets()).isEmpty();
			assertThat(v.activities()).isEmpty();
		});
		assertThat(new Plan(2100, "Kế hoạch", " 12/KH-UBND ", NOW, "office").toView(TODAY).reference())
				.isEqualTo("12/KH-UBND");
	}

	@Test
	void shouldKeepATargetsCodeUniqueInItsPlanHoweverItIsPadded() {
		var plan = plan();
		plan.addTarget("trained", "Số người được tập huấn", BigDecimal.valueOf(500), "người", "trained", null);
		var padded = catchThrowableOfType(BusinessRuleException.class,
				() -> plan.addTarget("  trained ", "Lần hai", BigDecimal.ONE, "người", null, null));
		assertThat(padded.messageCode()).isEqualTo("programme.target.exists");
		assertThat(padded.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
		assertThat(padded.arguments()).containsExactly("trained");
		assertThatThrownBy(() -> plan.addTarget("outlets", "Điểm bán", BigDecimal.valueOf(-1), "điểm", null, null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.target.amount.negative");
		assertThat(plan.getTargets()).hasSize(1);
		// the same code may be used again once removed
		plan.removeTarget(plan.getTargets().get(0).getId());
		plan.addTarget(" trained ", " Người được tập huấn ", BigDecimal.valueOf(450), " người ", " ", " ");
		assertThat(plan.toView(TODAY).targets()).singleElement().satisfies(t -> {
			assertThat(t.code()).isEqualTo("trained");
			assertThat(t.label()).isEqualTo("Người được tập huấn");
			assertThat(t.unit()).isEqualTo("người");
			assertThat(t.measure()).isNull();
			assertThat(t.note()).isNull();
		});
		assertThatThrownBy(() -> plan.removeTarget(UUID.randomUUID())).isInstanceOf(NotFoundException.class)
				.hasMessage("programme.target.notFound");
	}

	@Test
	void shouldListANewTargetAfterTheOthersEvenAfterARemoval() {
		var plan = plan();
		var a = plan.addTarget("a", "A", BigDecimal.ONE, "sp", null, null);
		plan.addTarget("b", "B", BigDecimal.ONE, "sp", null, null);
		plan.addTarget("c", "C", BigDecimal.ONE, "sp", null, null);
		plan.removeTarget(a.getId());
		plan.addTarget("d", "D", BigDecimal.ONE, "sp", null, null);
		assertThat(plan.getTargets()).extracting(PlanTarget::getPosition).doesNotHaveDuplicates();
		assertThat(plan.toView(TODAY).targets()).extracting(TargetView::code).containsExactly("b", "c", "d");

		var b = plan.getTargets().get(0);
		b.change("  Sản phẩm 3 sao ", BigDecimal.valueOf(40), " sản phẩm ", " products-three-stars ", "  theo NQ ");
		assertThat(b.toView()).satisfies(t -> {
			assertThat(t.code()).isEqualTo("b");
			assertThat(t.label()).isEqualTo("Sản phẩm 3 sao");
			assertThat(t.amount()).isEqualByComparingTo("40");
			assertThat(t.measure()).isEqualTo("products-three-stars");
			assertThat(t.note()).isEqualTo("theo NQ");
		});
	}

	@Test
	void shouldKeepActivitiesInNumberOrderEachNumberOnceAndTheirTasksInOrder() {
		var plan = plan();
		plan.addActivity(3, "  Xúc tiến thương mại ");
		plan.addActivity(1, "Tuyên truyền");
		var refused = catchThrowableOfType(BusinessRuleException.class, () -> plan.addActivity(3, "Lần hai"));
		assertThat(refused.messageCode()).isEqualTo("programme.activity.exists");
		assertThat(refused.arguments()).containsExactly(3);
		assertThat(plan.getActivities()).extracting(PlanActivity::getNumber).containsExactly(1, 3);

		var fairs = plan.getActivities().get(1);
		assertThat(fairs.getTitle()).isEqualTo("Xúc tiến thương mại");
		fairs.addTask(" 3.1 ", " Hội chợ ", " Sở Công Thương ", " ", LocalDate.of(2024, 3, 1), NOW);
		fairs.addTask("3.2", "Gian hàng", null, null, null, NOW);
		var view = plan.toView(TODAY).activities().get(1);
		assertThat(view.tasks()).extracting(TaskView::number).containsExactly("3.1", "3.2");
		assertThat(view.tasks().get(0).leadAgency()).isEqualTo("Sở Công Thương");
		assertThat(view.tasks().get(0).partners()).isNull();
		assertThat(view.tasks().get(0).daysLate()).isEqualTo(31);
		assertThat(view.lateCount()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "PLANNED, IN_PROGRESS, true", "PLANNED, DONE, true", "PLANNED, CANCELLED, true",
			"IN_PROGRESS, DONE, true", "IN_PROGRESS, CANCELLED, true", "IN_PROGRESS, PLANNED, false",
			"DONE, IN_PROGRESS, true", "DONE, PLANNED, false", "DONE, CANCELLED, false", "CANCELLED, PLANNED, true",
			"CANCELLED, IN_PROGRESS, false", "CANCELLED, DONE, false", "DONE, DONE, true" })
	void shouldMoveATaskOnlyAlongTheAllowedPaths(TaskStatus from, TaskStatus to, boolean allowed) {
		var task = taskIn(from);
		var later = NOW.plusSeconds(3600);
		if (allowed) {
			task.moveTo(to, later);
			assertThat(task.getStatus()).isEqualTo(to);
		}
		else {
			var refused = catchThrowableOfType(BusinessRuleException.class, () -> task.moveTo(to, later));
			assertThat(refused.messageCode()).isEqualTo("programme.task.status.illegal");
			assertThat(refused.arguments()).containsExactly(from, to);
			assertThat(task.getStatus()).isEqualTo(from);
		}
	}

	@Test
	void shouldTakeNotesOnACancelledTaskButNoProgress() {
		var task = task(LocalDate.of(2024, 3, 1));
		task.report("officer", "  Chưa bắt đầu  ", 0, NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PLANNED);
		task.moveTo(TaskStatus.CANCELLED, NOW);
		assertThat(task.isLate(TODAY)).isFalse();
		assertThat(task.toView(TODAY).daysLate()).isZero();

		var progress = catchThrowableOfType(BusinessRuleException.class, () -> task.report("officer", "Làm lại", 20, NOW));
		assertThat(progress.messageCode()).isEqualTo("programme.task.cancelled");
		task.report("officer", "Hủy vì trùng hội nghị tỉnh", null, NOW.plusSeconds(60));
		assertThatThrownBy(() -> task.report("officer", "  ", null, NOW)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.task.note.blank");
		var view = task.toView(TODAY);
		assertThat(view.progress()).isZero();
		assertThat(view.notes()).extracting(TaskView.Note::body).containsExactly("Hủy vì trùng hội nghị tỉnh",
				"Chưa bắt đầu");
		assertThat(view.notes()).extracting(TaskView.Note::progress).containsExactly(null, 0);
	}

	@Test
	void shouldKeepTheReminderMemoryForTheSameDeadlineAndRefuseABlankDescription() {
		var task = task(LocalDate.of(2024, 3, 1));
		assertThat(task.reminderDue(TODAY, 7)).isTrue();
		task.reminded(TODAY);
		task.describe("  Hội chợ cấp tỉnh ", " VPĐP ", " Sở Công Thương ", " lead ", LocalDate.of(2024, 3, 1));
		assertThat(task.reminderDue(TODAY.plusDays(1), 7)).isFalse();
		assertThat(task.getDescription()).isEqualTo("Hội chợ cấp tỉnh");
		assertThat(task.getLeadAccount()).isEqualTo("lead");
		assertThatThrownBy(() -> task.describe(" ", null, null, null, null)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("programme.task.description.blank");
		assertThat(task.getDeadline()).isEqualTo(LocalDate.of(2024, 3, 1));
		// without a deadline a task is never late
		task.describe("Hội chợ cấp tỉnh", null, null, null, null);
		assertThat(task.isLate(TODAY.plusYears(1))).isFalse();

		var report = UUID.randomUUID();
		task.answers(report, " ");
		assertThat(task.toView(TODAY).sourceReportMonth()).isNull();
		task.answers(report, " 2024-03 ");
		assertThat(task.toView(TODAY)).satisfies(v -> {
			assertThat(v.sourceReportId()).isEqualTo(report);
			assertThat(v.sourceReportMonth()).isEqualTo("2024-03");
		});
	}

	private static Plan plan() {
		return new Plan(2024, "Kế hoạch OCOP 2024", null, NOW, "office");
	}

	private static PlanTask task(LocalDate deadline) {
		return new PlanTask(1, "1.1", "Hội chợ", "VPĐP", null, deadline, NOW);
	}

	private static PlanTask taskIn(TaskStatus status) {
		var task = task(LocalDate.of(2024, 12, 31));
		switch (status) {
			case PLANNED -> {
			}
			case IN_PROGRESS -> task.moveTo(TaskStatus.IN_PROGRESS, NOW);
			case DONE -> task.moveTo(TaskStatus.DONE, NOW);
			case CANCELLED -> task.moveTo(TaskStatus.CANCELLED, NOW);
		}
		assertThat(task.getStatus()).isEqualTo(status);
		return task;
	}
}
