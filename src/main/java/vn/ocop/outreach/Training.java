package vn.ocop.outreach;

import static vn.ocop.shared.Texts.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * A training course (lớp đào tạo, tập huấn) of Activity 4: organiser, audience, dates, its sessions and its
 * participants (linked to an account or a producer) with attendance per session and completion. A participant
 * completes the course only after attending every session held so far.
 */
@Entity
@Table(name = "programme_training")
class Training extends OutreachRecord {

	@Column(name = "training_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String organiser;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Audience audience;

	private @Nullable String place;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate endsOn;

	private @Nullable String description;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "training_id", nullable = false)
	private List<Session> sessions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "training_id", nullable = false)
	private List<Participant> participants = new ArrayList<>();

	protected Training() {
	}

	Training(TrainingDetails details, Instant now, String actor) {
		super(now, actor);
		describe(details);
	}

	void describe(TrainingDetails details) {
		if (details.endsOn().isBefore(details.startsOn())) {
			throw BusinessRuleException.unprocessable("programme.training.dates");
		}
		if (sessions.stream().anyMatch(s -> s.heldOn.isBefore(details.startsOn()) || s.heldOn.isAfter(details.endsOn()))) {
			throw BusinessRuleException.unprocessable("programme.training.session.outside", details.startsOn(),
					details.endsOn());
		}
		this.year = details.startsOn().getYear();
		this.title = details.title().strip();
		this.organiser = details.organiser().strip();
		this.audience = details.audience();
		this.place = blankToNull(details.place());
		placeIn(details.communeCode());
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.description = blankToNull(details.description());
	}

	Session addSession(LocalDate heldOn, String topic) {
		if (heldOn.isBefore(startsOn) || heldOn.isAfter(endsOn)) {
			throw BusinessRuleException.unprocessable("programme.training.session.outside", startsOn, endsOn);
		}
		var session = new Session(heldOn, topic.strip());
		sessions.add(session);
		return session;
	}

	Participant enrol(String fullName, @Nullable String username, @Nullable UUID producerId, @Nullable String communeCode) {
		if (username != null && participants.stream().anyMatch(p -> username.equals(p.username))) {
			throw BusinessRuleException.conflict("programme.training.participant.exists", username);
		}
		if (producerId != null && participants.stream().anyMatch(p -> producerId.equals(p.producerId))) {
			throw BusinessRuleException.conflict("programme.training.participant.exists", fullName);
		}
		var participant = new Participant(fullName.strip(), username, producerId, communeCode);
		participants.add(participant);
		return participant;
	}

	/** Records who was present at a session (replacing the earlier record of that session). */
	void recordAttendance(UUID sessionId, Set<UUID> present) {
		var session = session(sessionId);
		for (UUID p : present) {
			participant(p);
		}
		session.present.clear();
		session.present.addAll(present);
	}

	/** Marks a participant as having completed the course; they must have attended every session held by then. */
	void complete(UUID participantId, LocalDate on) {
		var participant = participant(participantId);
		if (sessions.isEmpty()) {
			throw BusinessRuleException.conflict("programme.training.noSessions");
		}
		long missed = sessions.stream().filter(s -> !s.heldOn.isAfter(on)).filter(s -> !s.present.contains(participantId)).count();
		if (missed > 0) {
			throw BusinessRuleException.conflict("programme.training.completion.attendance", participant.fullName, missed);
		}
		participant.completed = true;
		participant.completedOn = on;
	}

	void uncomplete(UUID participantId) {
		var participant = participant(participantId);
		participant.completed = false;
		participant.completedOn = null;
	}

	private Session session(UUID id) {
		return sessions.stream().filter(s -> s.id.equals(id)).findFirst()
				.orElseThrow(() -> new NotFoundException("programme.training.session.notFound", id));
	}

	private Participant participant(UUID id) {
		return participants.stream().filter(p -> p.id.equals(id)).findFirst()
				.orElseThrow(() -> new NotFoundException("programme.training.participant.notFound", id));
	}

	TrainingView toView() {
		var sortedSessions = sessions.stream().sorted(Comparator.comparing((Session s) -> s.heldOn)).toList();
		return new TrainingView(getId(), year, title, organiser, audience, place, getCommuneCode(), startsOn, endsOn, description,
				sortedSessions.stream().map(s -> new TrainingView.SessionView(s.id, s.heldOn, s.topic, Set.copyOf(s.present))).toList(),
				participants.stream().sorted(Comparator.comparing((Participant p) -> p.fullName))
						.map(p -> new TrainingView.ParticipantView(p.id, p.fullName, p.username, p.producerId,
								p.communeCode, (int) sessions.stream().filter(s -> s.present.contains(p.id)).count(),
								p.completed, p.completedOn))
						.toList());
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	/** A session (buổi học) of a course and who attended it. */
	@Entity
	@Table(name = "programme_training_session")
	static class Session {

		@Id
		private UUID id;

		@Column(nullable = false)
		private LocalDate heldOn;

		@Column(nullable = false)
		private String topic;

		@ElementCollection
		@CollectionTable(name = "programme_training_attendance", joinColumns = @JoinColumn(name = "session_id"))
		@Column(name = "participant_id", nullable = false)
		private Set<UUID> present = new HashSet<>();

		protected Session() {
		}

		Session(LocalDate heldOn, String topic) {
			this.id = UUID.randomUUID();
			this.heldOn = heldOn;
			this.topic = topic;
		}
	}

	/** A participant of a course: an account, a producer, or a named person. */
	@Entity
	@Table(name = "programme_training_participant")
	static class Participant {

		@Id
		private UUID id;

		@Column(nullable = false)
		private String fullName;

		private @Nullable String username;

		private @Nullable UUID producerId;

		private @Nullable String communeCode;

		@Column(nullable = false)
		private boolean completed;

		private @Nullable LocalDate completedOn;

		protected Participant() {
		}

		Participant(String fullName, @Nullable String username, @Nullable UUID producerId, @Nullable String communeCode) {
			this.id = UUID.randomUUID();
			this.fullName = fullName;
			this.username = username;
			this.producerId = producerId;
			this.communeCode = communeCode;
		}
	}
}
