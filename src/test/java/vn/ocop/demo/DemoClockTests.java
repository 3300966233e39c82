package vn.ocop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The demo's clock without Spring: the real time everywhere except on the thread writing a piece of the past, which
 * sees that day (at the current time of day) until the piece is written — nested pieces included, and also when the
 * piece fails; other threads never see the past; a clock that tests put in place is never moved.
 */
class DemoClockTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final Instant NOW = Instant.parse("2026-12-05T03:15:00Z");

	/** A clock as the JDK makes it (java.time's own class), stopped at {@link #NOW}, wrapped as in demo mode. */
	static Clock demoClock() {
		return (Clock) new DemoClock().postProcessAfterInitialization(Clock.fixed(NOW, ZONE), "clock");
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock);
	}

	@Test
	void shouldWrapOnlyTheJdksClocks() {
		var demo = new DemoClock();
		Clock system = Clock.system(ZONE);
		assertThat(DemoClock.canTravel((Clock) demo.postProcessAfterInitialization(system, "clock"))).isTrue();
		Clock testClock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZONE;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return NOW;
			}
		};
		assertThat(demo.postProcessAfterInitialization(testClock, "clock")).isSameAs(testClock);
		assertThat(DemoClock.canTravel(testClock)).isFalse();
		Object other = "not a clock";
		assertThat(demo.postProcessAfterInitialization(other, "bean")).isSameAs(other);
	}

	@Test
	void shouldShowTheDayOfThePastOnThisThreadAtTheCurrentTimeOfDayThenTheRealTime() {
		Clock clock = demoClock();
		LocalDate filed = LocalDate.of(2026, 5, 20);
		Instant seen = DemoClock.on(clock, filed, clock::instant);
		assertThat(LocalDate.ofInstant(seen, ZONE)).isEqualTo(filed);
		assertThat(seen.atZone(ZONE).toLocalTime()).isEqualTo(NOW.atZone(ZONE).toLocalTime());
		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void shouldComeBackToTheOuterDayAfterANestedPiece() {
		Clock clock = demoClock();
		LocalDate filed = LocalDate.of(2026, 5, 20);
		LocalDate scored = LocalDate.of(2026, 6, 18);
		DemoClock.run(clock, filed, () -> {
			assertThat(today(clock)).isEqualTo(filed);
			DemoClock.run(clock, scored, () -> assertThat(today(clock)).isEqualTo(scored));
			assertThat(today(clock)).isEqualTo(filed);
		});
		assertThat(today(clock)).isEqualTo(LocalDate.ofInstant(NOW, ZONE));
	}

	@Test
	void shouldComeBackToTheRealTimeWhenThePieceFails() {
		Clock clock = demoClock();
		assertThatThrownBy(() -> DemoClock.run(clock, LocalDate.of(2019, 3, 10), () -> {
			throw new IllegalStateException("refused");
		})).hasMessage("refused");
		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void shouldNeverShowThePastToOtherThreads() {
		Clock clock = demoClock();
		Instant elsewhere = DemoClock.on(clock, LocalDate.of(2019, 3, 10),
				() -> CompletableFuture.supplyAsync(clock::instant).join());
		assertThat(elsewhere).isEqualTo(NOW);
	}

	@Test
	void shouldRefuseToMoveAClockItDidNotWrap() {
		assertThatThrownBy(() -> DemoClock.on(Clock.fixed(NOW, ZONE), LocalDate.of(2019, 3, 10), () -> 1))
				.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldKeepMovingInAnotherZone() {
		Clock clock = demoClock();
		assertThat(clock.withZone(ZONE)).isSameAs(clock);
		Clock utc = clock.withZone(ZoneOffset.UTC);
		assertThat(DemoClock.canTravel(utc)).isTrue();
		assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
		LocalDate day = LocalDate.of(2025, 7, 1);
		assertThat(DemoClock.on(utc, day, () -> LocalDate.now(utc))).isEqualTo(day);
	}
}
