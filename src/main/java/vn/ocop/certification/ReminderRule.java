package vn.ocop.certification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A certificate's reminder rule: before its last day, each threshold (days before it) is reminded once, nearest
 * last; a job that missed days sends only the latest threshold reached. Nothing is due once the last day has passed.
 *
 * @param lastDay the certificate's last day of validity
 * @param lastSentDays the smallest threshold already reminded, if any
 */
record ReminderRule(LocalDate lastDay, @Nullable Integer lastSentDays) {

	/**
	 * The reminder due on {@code today}, if any: the smallest threshold that the days left have reached and that
	 * was not sent yet.
	 */
	@Nullable
	Integer due(LocalDate today, List<Integer> thresholds) {
		if (lastDay.isBefore(today)) {
			return null;
		}
		long left = ChronoUnit.DAYS.between(today, lastDay);
		Integer due = null;
		for (int threshold : thresholds) {
			if (left <= threshold && (lastSentDays == null || threshold < lastSentDays)
					&& (due == null || threshold < due)) {
				due = threshold;
			}
		}
		return due;
	}
}
