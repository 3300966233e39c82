package vn.ocop.reporting;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting settings ({@code ocop.monitoring.*}, the prefix of the former monitoring module, kept so that existing
 * configurations still apply; the complaint limits under the same prefix are {@code InspectionSettings}).
 *
 * @param producerDueDay the day of the following month by which a producer reports a month (plan: before the 15th)
 * @param unitDueDay the day of the following month by which a district/commune reports a month (before the 20th)
 * @param reminderDaysBefore how many days before a deadline the automatic reminder goes out
 * @param reminderJob whether the reminder job runs on its own schedule
 * @param reminderInterval how often the reminder job runs (it is idempotent)
 */
@ConfigurationProperties("ocop.monitoring")
public record ReportingSettings(@Nullable Integer producerDueDay, @Nullable Integer unitDueDay,
		@Nullable Integer reminderDaysBefore, @Nullable Boolean reminderJob, @Nullable Duration reminderInterval) {

	public ReportingSettings {
		producerDueDay = producerDueDay == null ? 15 : Math.max(1, Math.min(28, producerDueDay));
		unitDueDay = unitDueDay == null ? 20 : Math.max(1, Math.min(28, unitDueDay));
		reminderDaysBefore = reminderDaysBefore == null ? 3 : Math.max(0, reminderDaysBefore);
		reminderJob = reminderJob == null ? Boolean.TRUE : reminderJob;
		reminderInterval = reminderInterval == null ? Duration.ofHours(1) : reminderInterval;
	}

	int producerDue() {
		return producerDueDay == null ? 15 : producerDueDay;
	}

	int unitDue() {
		return unitDueDay == null ? 20 : unitDueDay;
	}
}
