package vn.ocop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

/**
 * The plan's aggregates without Spring: task transitions, lateness and reminders, and the 2019 plan data file.
 */
class PlanTaskTests {


	static final Instant NOW = Instant.parse("2019-04-01T03:00:00Z");
	@Test
	void shouldGuardTaskTransitionsAndKnowWhenATaskIsLate() {
		var task = new PlanTask(1, "1", "Hội nghị", "VPĐP", null, LocalDate.of(2019, 3, 20), NOW);
		assertThat(task.isLate(LocalDate.of(2019, 3, 20))).isFalse();
		assertThat(task.isLate(LocalDate.of(2019, 3, 21))).isTrue();
		assertThat(task.reminderDue(LocalDate.of(2019, 3, 21), 7)).isTrue();
		task.reminded(LocalDate.of(2019, 3, 21));
		assertThat(task.reminderDue(LocalDate.of(2019, 3, 27), 7)).isFalse();
		assertThat(task.reminderDue(LocalDate.of(2019, 3, 28), 7)).isTrue();

		task.report("admin", "Đã chuẩn bị", 30, NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
		task.moveTo(TaskStatus.DONE, NOW);
		assertThat(task.isLate(LocalDate.of(2019, 12, 1))).isFalse();
		assertThat(task.toView(LocalDate.of(2019, 12, 1)).progress()).isEqualTo(100);
		assertThatThrownBy(() -> task.moveTo(TaskStatus.CANCELLED, NOW)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> task.report("admin", " ", null, NOW)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> task.report("admin", "x", 101, NOW)).isInstanceOf(BusinessRuleException.class);
		// rescheduling clears the reminder memory
		task.moveTo(TaskStatus.IN_PROGRESS, NOW);
		task.describe("Hội nghị", "VPĐP", null, null, LocalDate.of(2019, 5, 1));
		assertThat(task.reminderDue(LocalDate.of(2019, 5, 2), 7)).isTrue();
	}

	@Test
	void shouldReadThe2019PlanFileWithEveryActivityLeadAndDeadline() {
		var plan = PlanSeed.haTinh2019();
		assertThat(plan.year()).isEqualTo(2019);
		assertThat(plan.activities()).hasSize(13);
		assertThat(plan.targets()).extracting(PlanSeed.Target::code).contains("products-taking-part",
				"products-certified", "products-certified-existing", "products-certified-new", "products-three-stars",
				"organisations-strengthened", "organisations-new", "trained", "outlets");
		assertThat(plan.targets()).allSatisfy(t -> assertThat(t.measure()).isNotBlank());
		assertThat(plan.activities()).allSatisfy(a -> assertThat(a.tasks()).isNotEmpty());
		assertThat(plan.activities().get(1).tasks()).allSatisfy(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2019, 3, 31)));
		assertThat(plan.activities().get(6).tasks().get(0).lead()).isEqualTo("Sở Công Thương");
		assertThatThrownBy(() -> PlanSeed.read(new java.io.ByteArrayInputStream("{\"year\":2019,\"bogus\":1}".getBytes())))
				.isInstanceOf(BusinessRuleException.class);
	}
}
