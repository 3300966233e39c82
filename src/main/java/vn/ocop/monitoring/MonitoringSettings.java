package vn.ocop.monitoring;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Monitoring settings ({@code ocop.monitoring.*}).
 *
 * @param producerDueDay the day of the following month by which a producer reports a month (plan: before the 15th)
 * @param unitDueDay the day of the following month by which a district/commune reports a month (before the 20th)
 * @param reminderDaysBefore how many days before a deadline the automatic reminder goes out
 * @param reminderJob whether the reminder job runs on its own schedule
 * @param reminderInterval how often the reminder job runs (it is idempotent)
 * @param complaintsPerHour public complaints accepted per client address and hour
 * @param complaintPhotoMaxBytes the largest photo accepted with a complaint or a finding
 */
@ConfigurationProperties("ocop.monitoring")
public record MonitoringSettings(@Nullable Integer producerDueDay, @Nullable Integer unitDueDay,
		@Nullable Integer reminderDaysBefore, @Nullable Boolean reminderJob, @Nullable Duration reminderInterval,
		@Nullable Integer complaintsPerHour, @Nullable Long complaintPhotoMaxBytes) {

	public MonitoringSettings {
		producerDueDay = producerDueDay == null ? 15 : Math.max(1, Math.min(28, producerDueDay));
		unitDueDay = unitDueDay == null ? 20 : Math.max(1, Math.min(28, unitDueDay));
		reminderDaysBefore = reminderDaysBefore == null ? 3 : Math.max(0, reminderDaysBefore);
		reminderJob = reminderJob == null ? Boolean.TRUE : reminderJob;
		reminderInterval = reminderInterval == null ? Duration.ofHours(1) : reminderInterval;
		complaintsPerHour = complaintsPerHour == null ? 5 : Math.max(1, complaintsPerHour);
		complaintPhotoMaxBytes = complaintPhotoMaxBytes == null ? 5L * 1024 * 1024 : complaintPhotoMaxBytes;
	}

	int producerDue() {
		return producerDueDay == null ? 15 : producerDueDay;
	}

	int unitDue() {
		return unitDueDay == null ? 20 : unitDueDay;
	}
}
