package vn.ocop.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.BusinessRuleException;

/**
 * A task of a plan activity: what is to be done, by which lead agency with which partners, by when; its status,
 * progress notes and attachments. An open task past its deadline is late.
 */
@Entity
@Table(name = "programme_task")
class PlanTask {

	private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(
			TaskStatus.PLANNED, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED),
			TaskStatus.IN_PROGRESS, EnumSet.of(TaskStatus.DONE, TaskStatus.CANCELLED),
			TaskStatus.DONE, EnumSet.of(TaskStatus.IN_PROGRESS),
			TaskStatus.CANCELLED, EnumSet.of(TaskStatus.PLANNED));

	@Id
	private UUID id;

	@Column(name = "activity_id", insertable = false, updatable = false)
	private UUID activityId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String number;

	@Column(nullable = false)
	private String description;

	private @Nullable String leadAgency;

	@Column(name = "partner_agencies")
	private @Nullable String partners;

	private @Nullable String leadAccount;

	private @Nullable LocalDate deadline;

	/** The monthly report whose difficulty the task answers, if it came from one. */
	private @Nullable UUID sourceReportId;

	/** That report's month, {@code yyyy-MM}. */
	private @Nullable String sourceReportMonth;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TaskStatus status;

	@Column(nullable = false)
	private int progress;

	@Column(nullable = false)
	private Instant statusChangedAt;

	private @Nullable LocalDate lastRemindedOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "task_id", nullable = false)
	private List<TaskNote> notes = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "task_id", nullable = false)
	private List<TaskAttachment> attachments = new ArrayList<>();

	@Version
	private long version;

	protected PlanTask() {
	}

	PlanTask(int position, String number, String description, @Nullable String leadAgency, @Nullable String partners,
			@Nullable LocalDate deadline, Instant now) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.number = number.strip();
		this.description = description.strip();
		this.leadAgency = blankToNull(leadAgency);
		this.partners = blankToNull(partners);
		this.deadline = deadline;
		this.status = TaskStatus.PLANNED;
		this.statusChangedAt = now;
	}

	/** Moves the task to another status; only the moves of {@link #NEXT} are allowed. Done means 100 %. */
	void moveTo(TaskStatus target, Instant now) {
		if (target == status) {
			return;
		}
		if (!NEXT.get(status).contains(target)) {
			throw BusinessRuleException.conflict("programme.task.status.illegal", status, target);
		}
		this.status = target;
		this.statusChangedAt = now;
		if (target == TaskStatus.DONE) {
			this.progress = 100;
		}
	}

	/** Records a progress note; a progress figure moves a planned task in progress. */
	TaskNote report(String author, String body, @Nullable Integer progress, Instant now) {
		if (body.isBlank()) {
			throw BusinessRuleException.unprocessable("programme.task.note.blank");
		}
		if (progress != null) {
			if (progress < 0 || progress > 100) {
				throw BusinessRuleException.unprocessable("programme.task.progress.range");
			}
			if (status == TaskStatus.CANCELLED) {
				throw BusinessRuleException.conflict("programme.task.cancelled");
			}
			this.progress = progress;
			if (status == TaskStatus.PLANNED && progress > 0) {
				moveTo(TaskStatus.IN_PROGRESS, now);
			}
		}
		var note = new TaskNote(author, body.strip(), progress, now);
		notes.add(note);
		return note;
	}

	TaskAttachment attach(String fileName, String contentType, long size, String storageKey, String actor, Instant now) {
		var attachment = new TaskAttachment(fileName, contentType, size, storageKey, actor, now);
		attachments.add(attachment);
		return attachment;
	}

	void describe(String description, @Nullable String leadAgency, @Nullable String partners,
			@Nullable String leadAccount, @Nullable LocalDate deadline) {
		if (description.isBlank()) {
			throw BusinessRuleException.unprocessable("programme.task.description.blank");
		}
		this.description = description.strip();
		this.leadAgency = blankToNull(leadAgency);
		this.partners = blankToNull(partners);
		this.leadAccount = blankToNull(leadAccount);
		if (deadline != null && !deadline.equals(this.deadline)) {
			this.lastRemindedOn = null;
		}
		this.deadline = deadline;
	}

	/** Marks the task as the answer to a difficulty raised in a monthly report. */
	void answers(UUID reportId, @Nullable String reportMonth) {
		this.sourceReportId = reportId;
		this.sourceReportMonth = reportMonth == null || reportMonth.isBlank() ? null : reportMonth.strip();
	}

	boolean isLate(LocalDate today) {
		return status.open() && deadline != null && today.isAfter(deadline);
	}

	/** Whether a late reminder is due today: late, and not reminded in the last {@code everyDays} days. */
	boolean reminderDue(LocalDate today, int everyDays) {
		return isLate(today) && (lastRemindedOn == null || !today.isBefore(lastRemindedOn.plusDays(everyDays)));
	}

	void reminded(LocalDate today) {
		this.lastRemindedOn = today;
	}

	TaskView toView(LocalDate today) {
		return new TaskView(id, activityId, number, description, leadAgency, partners, leadAccount, deadline, status,
				progress, isLate(today), isLate(today) ? ChronoUnit.DAYS.between(deadline, today) : 0,
				notes.stream().sorted(Comparator.comparing(TaskNote::getWrittenAt).reversed()).map(TaskNote::toView).toList(),
				attachments.stream().sorted(Comparator.comparing(TaskAttachment::getUploadedAt)).map(TaskAttachment::toView).toList(),
				sourceReportId, sourceReportMonth);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	UUID getId() {
		return id;
	}

	@Nullable UUID getSourceReportId() {
		return sourceReportId;
	}

	UUID getActivityId() {
		return activityId;
	}

	int getPosition() {
		return position;
	}

	String getNumber() {
		return number;
	}

	String getDescription() {
		return description;
	}

	@Nullable
	String getLeadAccount() {
		return leadAccount;
	}

	@Nullable
	String getLeadAgency() {
		return leadAgency;
	}

	@Nullable
	LocalDate getDeadline() {
		return deadline;
	}

	TaskStatus getStatus() {
		return status;
	}

	List<TaskAttachment> getAttachments() {
		return attachments;
	}
}
