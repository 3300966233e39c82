package vn.ocop.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.UserManagement;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Training courses (Activity 4): officers record courses, their sessions, participants (accounts or producers),
 * attendance and completion; completions count towards the “100 % trained” target.
 */
@Service
@Transactional
public class TrainingManagement {

	/** Who to enrol: an account, a producer, or a person by name (exactly one of the three). */
	public record Enrolment(@Nullable String username, @Nullable UUID producerId, @Nullable String fullName,
			@Nullable String communeCode) {
	}

	private final Trainings trainings;
	private final OutreachAccess access;
	private final UserManagement users;
	private final ProductLifecycle registry;
	private final Clock clock;

	TrainingManagement(Trainings trainings, OutreachAccess access, UserManagement users, ProductLifecycle registry,
			Clock clock) {
		this.trainings = trainings;
		this.access = access;
		this.users = users;
		this.registry = registry;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TrainingView> trainings(@Nullable Integer year) {
		access.requireOfficer();
		var found = year == null ? trainings.findAllByOrderByStartsOnDesc() : trainings.findByYearOrderByStartsOnDesc(year);
		return found.stream().map(Training::toView).toList();
	}

	@Transactional(readOnly = true)
	public TrainingView training(UUID id) {
		access.requireOfficer();
		return load(id).toView();
	}

	public TrainingView create(TrainingDetails details) {
		validate(details);
		var user = access.requireArea(details.communeCode(), details.startsOn());
		return trainings.save(new Training(details, clock.instant(), user.username())).toView();
	}

	public TrainingView update(UUID id, TrainingDetails details) {
		validate(details);
		var training = load(id);
		access.requireArea(training.getCommuneCode(), training.getStartsOn());
		access.requireArea(details.communeCode(), details.startsOn());
		training.describe(details);
		return training.toView();
	}

	public TrainingView addSession(UUID id, LocalDate heldOn, String topic) {
		if (topic == null || topic.isBlank()) {
			throw BusinessRuleException.unprocessable("programme.field.required", "topic");
		}
		var training = changeable(id);
		training.addSession(heldOn, topic);
		return flushed(training);
	}

	public TrainingView enrol(UUID id, Enrolment enrolment) {
		var training = changeable(id);
		int given = (enrolment.username() == null || enrolment.username().isBlank() ? 0 : 1)
				+ (enrolment.producerId() == null ? 0 : 1)
				+ (enrolment.fullName() == null || enrolment.fullName().isBlank() ? 0 : 1);
		if (given != 1) {
			throw BusinessRuleException.unprocessable("programme.training.enrolment.one");
		}
		if (enrolment.username() != null && !enrolment.username().isBlank()) {
			var account = users.find(enrolment.username().strip())
					.orElseThrow(() -> BusinessRuleException.unprocessable("programme.training.account.unknown", enrolment.username()));
			training.enrol(account.displayName(), account.username(), null, account.unitCode());
		}
		else if (enrolment.producerId() != null) {
			var producer = producer(enrolment.producerId());
			training.enrol(producer.name(), null, producer.id(), producer.communeCode());
		}
		else {
			training.enrol(java.util.Objects.requireNonNull(enrolment.fullName()), null, null, enrolment.communeCode());
		}
		return flushed(training);
	}

	public TrainingView recordAttendance(UUID id, UUID sessionId, Set<UUID> present) {
		var training = changeable(id);
		training.recordAttendance(sessionId, present);
		return training.toView();
	}

	public TrainingView complete(UUID id, UUID participantId, boolean completed) {
		var training = changeable(id);
		if (completed) {
			training.complete(participantId, LocalDate.now(clock));
		}
		else {
			training.uncomplete(participantId);
		}
		return training.toView();
	}

	private vn.ocop.registry.ProducerSummary producer(UUID producerId) {
		try {
			return registry.producer(producerId);
		}
		catch (NotFoundException e) {
			throw BusinessRuleException.unprocessable("programme.training.producer.unknown", producerId);
		}
	}

	private Training changeable(UUID id) {
		var training = load(id);
		access.requireArea(training.getCommuneCode(), training.getStartsOn());
		return training;
	}

	private TrainingView flushed(Training training) {
		trainings.flush();
		return training.toView();
	}

	private Training load(UUID id) {
		return trainings.findById(id).orElseThrow(() -> new NotFoundException("programme.training.notFound", id));
	}

	private static void validate(TrainingDetails details) {
		if (details.title() == null || details.title().isBlank()) {
			throw BusinessRuleException.unprocessable("programme.field.required", "title");
		}
		if (details.organiser() == null || details.organiser().isBlank()) {
			throw BusinessRuleException.unprocessable("programme.field.required", "organiser");
		}
	}
}
