package vn.ocop.planning;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a task (a report, minutes, a decision), kept in the file storage.
 */
@Entity
@Table(name = "programme_task_attachment")
class TaskAttachment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String storageKey;

	@Column(nullable = false)
	private Instant uploadedAt;

	@Column(nullable = false)
	private String uploadedBy;

	protected TaskAttachment() {
	}

	TaskAttachment(String fileName, String contentType, long size, String storageKey, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.storageKey = storageKey;
		this.uploadedBy = actor;
		this.uploadedAt = now;
	}

	UUID getId() {
		return id;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	String getStorageKey() {
		return storageKey;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}

	TaskView.Attachment toView() {
		return new TaskView.Attachment(id, fileName, contentType, size, uploadedAt, uploadedBy);
	}
}
