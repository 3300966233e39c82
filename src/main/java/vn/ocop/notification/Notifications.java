package vn.ocop.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.UserManagement;
import vn.ocop.shared.NotFoundException;

/**
 * Telling users: a notice is stored for every recipient that has an account (in-app), and e-mailed after commit
 * to those with an address when a mail server is configured ({@code spring.mail.host}).
 */
@Service
@Transactional
public class Notifications {

	private final NotificationRepository notifications;
	private final UserManagement users;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	Notifications(NotificationRepository notifications, UserManagement users, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** Stores the notice for each known recipient; returns how many accounts were told. */
	public int send(Notice notice) {
		List<UUID> ids = new ArrayList<>();
		for (String recipient : notice.recipients()) {
			if (!users.exists(recipient)) {
				continue;
			}
			ids.add(notifications.save(new Notification(recipient, notice, clock.instant())).getId());
		}
		if (!ids.isEmpty()) {
			events.publishEvent(new NoticesPosted(ids));
		}
		return ids.size();
	}

	/** The latest notices of a reader, newest first, in the given language. */
	@Transactional(readOnly = true)
	public List<NotificationView> recent(String username, int limit, Locale locale) {
		return notifications.findByRecipientOrderByCreatedAtDesc(username, Limit.of(limit)).stream()
				.map(n -> view(n, locale))
				.toList();
	}

	/** The notices of a reader on one topic, newest first. */
	@Transactional(readOnly = true)
	public List<NotificationView> onTopic(String username, String topic, Locale locale) {
		return notifications.findByRecipientAndTopicOrderByCreatedAtDesc(username, topic).stream()
				.map(n -> view(n, locale))
				.toList();
	}

	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return notifications.countByRecipientAndReadAtIsNull(username);
	}

	/** Marks one notice of the reader read; 404 if it is not theirs. */
	public void markRead(String username, UUID id) {
		notifications.findByIdAndRecipient(id, username)
				.orElseThrow(() -> new NotFoundException("notification.notFound", id))
				.markRead(clock.instant());
	}

	public void markAllRead(String username) {
		notifications.findByRecipientAndReadAtIsNull(username).forEach(n -> n.markRead(clock.instant()));
	}

	String text(Notification notification, Locale locale) {
		return messages.getMessage(notification.getMessageCode(), notification.getArgs(),
				notification.getMessageCode(), locale);
	}

	private NotificationView view(Notification n, Locale locale) {
		return new NotificationView(n.getId(), n.getTopic(), text(n, locale), n.getLink(), n.getCreatedAt(),
				n.isRead(), n.isEmailed());
	}
}
