package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A training course with its sessions and participants.
 */
public record TrainingView(UUID id, int year, String title, String organiser, Audience audience,
		@Nullable String place, @Nullable String communeCode, LocalDate startsOn, LocalDate endsOn,
		@Nullable String description, List<SessionView> sessions, List<ParticipantView> participants) {

	/** A session and the ids of the participants present. */
	public record SessionView(UUID id, LocalDate heldOn, String topic, Set<UUID> present) {
	}

	/** A participant with the number of sessions attended. */
	public record ParticipantView(UUID id, String fullName, @Nullable String username, @Nullable UUID producerId,
			@Nullable String communeCode, int attended, boolean completed, @Nullable LocalDate completedOn) {
	}

	public long completedCount() {
		return participants.stream().filter(ParticipantView::completed).count();
	}
}
