package vn.ocop.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds the leads of late tasks: the task's lead account if one is named, else the provincial office, which
 * chases the lead agency. A late task is reminded again every {@code ocop.programme.reminder-every-days} days
 * until it is done, cancelled or rescheduled.
 */
@Component
class LateTaskReminders {

	static final String TOPIC = "programme.task-late";
	private static final Logger log = LoggerFactory.getLogger(LateTaskReminders.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanTasks tasks;
	private final Plans plans;
	private final UserManagement users;
	private final Notifications notifications;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final int everyDays;

	LateTaskReminders(PlanTasks tasks, Plans plans, UserManagement users, Notifications notifications,
			PlatformTransactionManager transactions, Clock clock,
			PlanningSettings settings) {
		this.tasks = tasks;
		this.plans = plans;
		this.users = users;
		this.notifications = notifications;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.everyDays = settings.reminderDays();
	}

	@Scheduled(initialDelayString = "${ocop.programme.reminder-initial-delay:PT2M}",
			fixedDelayString = "${ocop.programme.reminder-interval:PT6H}")
	@SchedulerLock(name = "late-task-reminders") // once per cluster (see vn.ocop.shared.cluster)
	void scheduled() {
		int sent = run();
		if (sent > 0) {
			log.info("Late plan tasks: {} reminders sent", sent);
		}
	}

	/** Sends the reminders due today; returns how many tasks were reminded. */
	int run() {
		LocalDate today = LocalDate.now(clock);
		List<UUID> late = transaction.execute(s -> tasks.findLate(today).stream()
				.filter(t -> t.reminderDue(today, everyDays)).map(PlanTask::getId).toList());
		int reminded = 0;
		for (UUID id : late == null ? List.<UUID>of() : late) {
			Boolean done = transaction.execute(s -> remind(id, today));
			if (Boolean.TRUE.equals(done)) {
				reminded++;
			}
		}
		return reminded;
	}

	private boolean remind(UUID id, LocalDate today) {
		var task = tasks.findById(id).orElse(null);
		if (task == null || !task.reminderDue(today, everyDays)) {
			return false;
		}
		var plan = plans.findByActivityId(task.getActivityId()).orElse(null);
		if (plan == null) {
			return false;
		}
		int activityNumber = plan.getActivities().stream().filter(a -> a.getId().equals(task.getActivityId()))
				.mapToInt(PlanActivity::getNumber).findFirst().orElse(0);
		Set<String> recipients = task.getLeadAccount() != null ? Set.of(task.getLeadAccount()) : office();
		String description = task.getDescription().length() > 160 ? task.getDescription().substring(0, 157) + "…"
				: task.getDescription();
		var deadline = java.util.Objects.requireNonNull(task.getDeadline());
		notifications.send(Notice.to(recipients, TOPIC, "programme.notice.taskLate", "/programme/tasks/" + task.getId(),
				plan.getYear(), activityNumber, task.getNumber(), description, DAY.format(deadline),
				java.time.temporal.ChronoUnit.DAYS.between(deadline, today),
				task.getLeadAgency() == null ? "—" : task.getLeadAgency()));
		task.reminded(today);
		return true;
	}

	private Set<String> office() {
		return users.all().stream().filter(u -> u.enabled() && u.roles().contains(Role.PROVINCE_ADMIN))
				.map(u -> u.username()).collect(java.util.stream.Collectors.toSet());
	}
}
