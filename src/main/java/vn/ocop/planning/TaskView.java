package vn.ocop.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan task as pages and the API show it.
 *
 * @param late whether the task is open past its deadline
 * @param daysLate how many days past the deadline (0 unless late)
 * @param sourceReportId the monthly report whose difficulty the task answers, or {@code null}
 * @param sourceReportMonth that report's month ({@code yyyy-MM}), or {@code null}
 */
public record TaskView(UUID id, UUID activityId, String number, String description, @Nullable String leadAgency,
		@Nullable String partners, @Nullable String leadAccount, @Nullable LocalDate deadline, TaskStatus status,
		int progress, boolean late, long daysLate, List<Note> notes, List<Attachment> attachments,
		@Nullable UUID sourceReportId, @Nullable String sourceReportMonth) {

	/** A progress note. */
	public record Note(UUID id, Instant writtenAt, String author, String body, @Nullable Integer progress) {
	}

	/** An attached file. */
	public record Attachment(UUID id, String fileName, String contentType, long size, Instant uploadedAt,
			String uploadedBy) {
	}
}
