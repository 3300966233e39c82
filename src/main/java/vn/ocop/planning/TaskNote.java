package vn.ocop.planning;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A progress note on a task.
 */
@Entity
@Table(name = "programme_task_note")
class TaskNote {

	@Id
	private UUID id;

	@Column(nullable = false)
	private Instant writtenAt;

	@Column(nullable = false)
	private String author;

	@Column(nullable = false)
	private String body;

	private @Nullable Integer progress;

	protected TaskNote() {
	}

	TaskNote(String author, String body, @Nullable Integer progress, Instant now) {
		this.id = UUID.randomUUID();
		this.author = author;
		this.body = body;
		this.progress = progress;
		this.writtenAt = now;
	}

	Instant getWrittenAt() {
		return writtenAt;
	}

	TaskView.Note toView() {
		return new TaskView.Note(id, writtenAt, author, body, progress);
	}
}
