package vn.ocop.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.AuditIgnored;

/**
 * One notice for one reader. Its text is kept as a message code with arguments so that it reads in the language
 * of whoever opens it. Only the read and e-mailed marks change.
 */
@Entity
@Table(name = "notification")
@AuditIgnored
class Notification {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	private UUID id;

	@Column(nullable = false, length = 64)
	private String recipient;

	@Column(nullable = false, length = 64)
	private String topic;

	@Column(name = "message_code", nullable = false, length = 120)
	private String messageCode;

	@Column(nullable = false, length = 4000)
	private String args;

	@Column(length = 500)
	private @Nullable String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "emailed_at")
	private @Nullable Instant emailedAt;

	protected Notification() {
	}

	Notification(String recipient, Notice notice, Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.topic = notice.topic();
		this.messageCode = notice.messageCode();
		this.args = JSON.writeValueAsString(notice.args());
		this.link = notice.link();
		this.createdAt = now;
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	void markEmailed(Instant now) {
		emailedAt = now;
	}

	UUID getId() {
		return id;
	}

	String getRecipient() {
		return recipient;
	}

	String getTopic() {
		return topic;
	}

	String getMessageCode() {
		return messageCode;
	}

	Object[] getArgs() {
		List<String> list = JSON.readValue(args, new TypeReference<List<String>>() {
		});
		return list.toArray();
	}

	@Nullable
	String getLink() {
		return link;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	boolean isRead() {
		return readAt != null;
	}

	boolean isEmailed() {
		return emailedAt != null;
	}
}
