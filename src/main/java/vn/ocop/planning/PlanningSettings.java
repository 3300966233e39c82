package vn.ocop.planning;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Planning settings ({@code ocop.programme.*}, the prefix of the former programme module, kept so that existing
 * configurations still apply). The schedule of the late-task job is read by its {@code @Scheduled} annotation from
 * {@code ocop.programme.reminder-initial-delay} (PT2M) and {@code ocop.programme.reminder-interval} (PT6H).
 *
 * @param reminderEveryDays how many days pass before a late task is reminded again (7 by default, at least 1)
 * @param maxUploadBytes the largest attachment of a task accepted (10 MiB by default)
 */
@ConfigurationProperties("ocop.programme")
record PlanningSettings(@Nullable Integer reminderEveryDays, @Nullable Long maxUploadBytes) {

	PlanningSettings {
		reminderEveryDays = reminderEveryDays == null ? 7 : Math.max(1, reminderEveryDays);
		maxUploadBytes = maxUploadBytes == null || maxUploadBytes <= 0 ? 10L * 1024 * 1024 : maxUploadBytes;
	}

	/** How many days pass before a late task is reminded again. */
	int reminderDays() {
		return reminderEveryDays == null ? 7 : reminderEveryDays;
	}

	/** The largest attachment accepted, in bytes. */
	long maxUpload() {
		return maxUploadBytes == null ? 10L * 1024 * 1024 : maxUploadBytes;
	}
}
