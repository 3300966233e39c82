package vn.ocop.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for tests that move time (certification expiry, monitoring deadlines): the real time,
 * moved by whole days on demand, so that scheduled jobs and pages see "today" move.
 */
public final class MovableClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	public LocalDate today() {
		return LocalDate.now(this);
	}

	/** Moves "today" to the given day (keeping the time of day). */
	public void moveTo(LocalDate day) {
		offset = offset.plusDays(java.time.temporal.ChronoUnit.DAYS.between(today(), day));
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		public MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
