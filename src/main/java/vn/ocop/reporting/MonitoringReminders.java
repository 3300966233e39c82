package vn.ocop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The reminder job: a few days before the 15th reminds the producers that have not reported last month, the day
 * after tells the late ones; likewise before and after the 20th for the districts/communes (the office is told which
 * units are late). Each round is sent once (recorded), so the job runs every hour.
 */
@Component
public class MonitoringReminders {

	private static final Logger log = LoggerFactory.getLogger(MonitoringReminders.class);

	/** A round sent by one run. */
	public record Round(String kind, String period, String stage, int sent) {
	}

	private final ReportingRoll roll;
	private final ReportingNotices notices;
	private final ReminderRuns runs;
	private final ReportingSettings settings;
	private final TransactionTemplate transaction;
	private final Clock clock;

	MonitoringReminders(ReportingRoll roll, ReportingNotices notices, ReminderRuns runs, ReportingSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.roll = roll;
		this.notices = notices;
		this.runs = runs;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ocop.monitoring.reminder-initial-delay:PT2M}",
			fixedDelayString = "${ocop.monitoring.reminder-interval:PT1H}")
	@SchedulerLock(name = "monitoring-reminders") // once per cluster (see vn.ocop.shared.cluster)
	void scheduled() {
		if (Boolean.TRUE.equals(settings.reminderJob())) {
			runOn(LocalDate.now(clock)).forEach(r -> log.info("Monitoring reminders: {}", r));
		}
	}

	/** Sends the rounds due on the given day that were not sent yet. */
	public List<Round> runOn(LocalDate today) {
		YearMonth period = YearMonth.from(today).minusMonths(1);
		int before = settings.reminderDaysBefore() == null ? 3 : settings.reminderDaysBefore();
		List<Round> rounds = new ArrayList<>();
		LocalDate producerDue = roll.producerDue(period);
		if (!today.isBefore(producerDue.minusDays(before)) && !today.isAfter(producerDue)) {
			round("PRODUCER", period, "BEFORE", () -> notices.remindAllProducers(period, "monitoring.notice.producerReminder"))
					.ifPresent(rounds::add);
		}
		if (today.isAfter(producerDue)) {
			round("PRODUCER", period, "LATE", () -> notices.remindAllProducers(period, "monitoring.notice.producerLate"))
					.ifPresent(rounds::add);
		}
		LocalDate unitDue = roll.unitDue(period);
		if (!today.isBefore(unitDue.minusDays(before)) && !today.isAfter(unitDue)) {
			round("UNIT", period, "BEFORE", () -> notices.remindAllUnits(period, false)).ifPresent(rounds::add);
		}
		if (today.isAfter(unitDue)) {
			round("UNIT", period, "LATE", () -> notices.remindAllUnits(period, true)).ifPresent(rounds::add);
		}
		return rounds;
	}

	private java.util.Optional<Round> round(String kind, YearMonth period, String stage,
			java.util.function.IntSupplier send) {
		var key = new ReminderRun.Key(kind, period.atDay(1), stage);
		try {
			return java.util.Optional.ofNullable(transaction.execute(status -> {
				if (runs.existsById(key)) {
					return null;
				}
				int sent = send.getAsInt();
				runs.save(new ReminderRun(key, clock.instant(), sent));
				return new Round(kind, period.toString(), stage, sent);
			}));
		}
		catch (RuntimeException e) {
			log.warn("Monitoring reminders {} {} {} not sent: {}", kind, period, stage, e.toString());
			return java.util.Optional.empty();
		}
	}
}
