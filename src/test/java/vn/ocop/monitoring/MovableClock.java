package vn.ocop.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock for the monitoring tests: the real time, moved by whole days on demand. */
final class MovableClock extends Clock {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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

	LocalDate today() {
		return LocalDate.now(this);
	}

	void moveTo(LocalDate day) {
		offset = offset.plusDays(java.time.temporal.ChronoUnit.DAYS.between(today(), day));
	}

	void reset() {
		offset = Duration.ZERO;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
