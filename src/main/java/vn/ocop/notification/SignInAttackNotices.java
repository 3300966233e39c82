package vn.ocop.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.identity.SignInAttackDetected;
import vn.ocop.shared.OcopSettings;

/**
 * Tells the owner of an account that it met a sustained attack on its password and is locked for a while (in the
 * application and by e-mail), so that they know why and whom to ask.
 */
@Component
class SignInAttackNotices {

	private final Notifications notifications;
	private final ZoneId zone;

	SignInAttackNotices(Notifications notifications, OcopSettings settings) {
		this.notifications = notifications;
		this.zone = settings.zone();
	}

	@ApplicationModuleListener
	void on(SignInAttackDetected attack) {
		String until = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(zone).format(attack.lockedUntil());
		notifications.send(Notice.to(Set.of(attack.username()), "identity.sign-in-attack",
				"notification.signInAttack", null, attack.failures(), until));
	}
}
