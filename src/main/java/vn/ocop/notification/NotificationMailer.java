package vn.ocop.notification;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.identity.UserManagement;
import vn.ocop.shared.OcopSettings;

/**
 * Sends stored notices by e-mail once the transaction that stored them has committed (the event publication
 * registry retries after a crash). The message is in Vietnamese first and English second, as the reader's language
 * is not known outside the application. Without a configured mail server nothing is sent.
 */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final NotificationRepository notifications;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final UserManagement users;
	private final MessageSource messages;
	private final Clock clock;
	private final String from;
	private final String baseUrl;

	NotificationMailer(NotificationRepository notifications, ObjectProvider<JavaMailSender> mailSender,
			UserManagement users, MessageSource messages, Clock clock, OcopSettings settings) {
		this.notifications = notifications;
		this.mailSender = mailSender;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
		this.from = settings.mail().from();
		this.baseUrl = settings.baseUrlWithoutSlash();
	}

	@ApplicationModuleListener
	void on(NoticesPosted posted) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		for (var id : posted.notificationIds()) {
			notifications.findById(id).ifPresent(n -> users.emailOf(n.getRecipient()).ifPresent(address -> {
				try {
					sender.send(message(n, address));
					n.markEmailed(clock.instant());
				}
				catch (MailException e) {
					log.warn("Could not e-mail notice {} to {}: {}", n.getId(), n.getRecipient(), e.getMessage());
				}
			}));
		}
	}

	private SimpleMailMessage message(Notification n, String address) {
		String vi = messages.getMessage(n.getMessageCode(), n.getArgs(), n.getMessageCode(), VIETNAMESE);
		String en = messages.getMessage(n.getMessageCode(), n.getArgs(), n.getMessageCode(), Locale.ENGLISH);
		String link = n.getLink() == null ? "" : "\n" + baseUrl + n.getLink() + "\n";
		var mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(address);
		mail.setSubject("[OCOP] " + vi);
		mail.setText(vi + "\n" + link + "\n— " + messages.getMessage("notification.mail.english", null, VIETNAMESE)
				+ " —\n" + en + "\n" + link + "\n" + messages.getMessage("notification.mail.footer", null, VIETNAMESE)
				+ "\n" + messages.getMessage("notification.mail.footer", null, Locale.ENGLISH) + "\n");
		return mail;
	}
}
