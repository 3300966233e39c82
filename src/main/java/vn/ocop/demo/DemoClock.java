package vn.ocop.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The application's clock as the demo sees it: the real time, except on the thread writing a piece of the demo's
 * past, which sees the day that piece happened on. The history of the 2026 transition (dossiers filed before
 * 22/5/2026 and scored in June under 148/1489, see {@link TransitionDemoData}) is written through the modules' own
 * operations on the days it happened: every module stamps it with that day (its registration, filing, session,
 * scorecards and decision) and checks its rules against that day (a transitional dossier is finished within its 60
 * days) as it would have. Requests, scheduled jobs and event listeners run on other threads and always see the real
 * time.
 *
 * <p>Only the system clock of the application is wrapped (demo mode only); a clock that tests put in its place is
 * left as it is, and the demo's past is then skipped.
 */
@Component
@ConditionalOnProperty(name = "ocop.demo.enabled", havingValue = "true")
class DemoClock implements BeanPostProcessor {

	private static final ThreadLocal<Duration> BACK = new ThreadLocal<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Clock clock && clock.getClass().getName().startsWith("java.time.")) {
			return new Shifted(clock);
		}
		return bean;
	}

	/** Whether the application's clock can be moved to the demo's past (demo mode, on the system clock). */
	static boolean canTravel(Clock clock) {
		return clock instanceof Shifted;
	}

	/** Runs the work on this thread as on the given day (at the current time of day), then back to the real time. */
	static <T> T on(Clock clock, LocalDate day, Supplier<T> work) {
		if (!(clock instanceof Shifted shifted)) {
			throw new IllegalStateException("The demo cannot move this clock: " + clock);
		}
		Duration before = BACK.get();
		LocalDate today = LocalDate.ofInstant(shifted.real.instant(), shifted.real.getZone());
		BACK.set(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(day, today)));
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				BACK.remove();
			}
			else {
				BACK.set(before);
			}
		}
	}

	static void run(Clock clock, LocalDate day, Runnable work) {
		on(clock, day, () -> {
			work.run();
			return null;
		});
	}

	/** The real clock, moved back on the demo's thread while it writes the past. */
	static final class Shifted extends Clock {

		private final Clock real;

		Shifted(Clock real) {
			this.real = real;
		}

		@Override
		public ZoneId getZone() {
			return real.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return zone.equals(real.getZone()) ? this : new Shifted(real.withZone(zone));
		}

		@Override
		public Instant instant() {
			Duration back = BACK.get();
			Instant now = real.instant();
			return back == null ? now : now.minus(back);
		}

		@Override
		public String toString() {
			return "DemoClock[" + real + "]";
		}
	}
}
