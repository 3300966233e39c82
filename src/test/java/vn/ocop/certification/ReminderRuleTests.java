package vn.ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The certificate's reminder rule on its own: each threshold once, nearest last, only the latest after missed days,
 * nothing after the last day.
 */
class ReminderRuleTests {

	static final LocalDate LAST_DAY = LocalDate.of(2028, 6, 30);
	static final List<Integer> DAYS = List.of(90, 60, 30);

	@Test
	void shouldRemindNothingBeforeTheFurthestThreshold() {
		assertThat(new ReminderRule(LAST_DAY, null).due(LAST_DAY.minusDays(91), DAYS)).isNull();
		assertThat(new ReminderRule(LAST_DAY, null).due(LAST_DAY.minusDays(90), DAYS)).isEqualTo(90);
	}

	@Test
	void shouldRemindEachThresholdOnceNearestLast() {
		assertThat(new ReminderRule(LAST_DAY, 90).due(LAST_DAY.minusDays(61), DAYS)).isNull();
		assertThat(new ReminderRule(LAST_DAY, 90).due(LAST_DAY.minusDays(60), DAYS)).isEqualTo(60);
		assertThat(new ReminderRule(LAST_DAY, 30).due(LAST_DAY.minusDays(1), DAYS)).isNull();
	}

	@Test
	void shouldSendOnlyTheLatestThresholdAfterMissedDays() {
		assertThat(new ReminderRule(LAST_DAY, null).due(LAST_DAY.minusDays(10), DAYS)).isEqualTo(30);
		assertThat(new ReminderRule(LAST_DAY, null).due(LAST_DAY, List.of(30, 90, 60))).isEqualTo(30);
	}

	@Test
	void shouldRemindNothingOnceTheLastDayHasPassed() {
		assertThat(new ReminderRule(LAST_DAY, null).due(LAST_DAY.plusDays(1), DAYS)).isNull();
		assertThat(new ReminderRule(LAST_DAY, null).due(LAST_DAY, List.of())).isNull();
	}
}
