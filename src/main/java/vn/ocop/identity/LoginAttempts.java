package vn.ocop.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows sign-ins: a failure slows its client down ({@link SignInThrottle}) and counts against the account; a
 * sustained attack on an account locks it for a while and tells its owner ({@link SignInAttackDetected}).
 */
@Component
class LoginAttempts {

	private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(5);

	private final UserAccounts accounts;
	private final IdentitySettings settings;
	private final Clock clock;
	private final CredentialCache credentials;
	private final SignInThrottle throttle;
	private final ApplicationEventPublisher events;

	LoginAttempts(UserAccounts accounts, IdentitySettings settings, Clock clock, CredentialCache credentials,
			SignInThrottle throttle, ApplicationEventPublisher events) {
		this.credentials = credentials;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
		this.throttle = throttle;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getException() instanceof CredentialCache.Throttled) {
			return; // refused unchecked while the client waits: not a guess
		}
		String username = UserAccount.normalise(event.getAuthentication().getName());
		int failures = throttle.failed(CredentialCache.client(event.getAuthentication()), username);
		Instant now = clock.instant();
		accounts.findByUsername(username).ifPresent(a -> {
			a.recordFailedLogin();
			if (failures >= settings.attackFailures() && !a.isLocked(now)) {
				Instant until = now.plus(Duration.ofMinutes(settings.lockMinutes()));
				a.lockUntil(until);
				credentials.forget(a.getUsername());
				events.publishEvent(new SignInAttackDetected(a.getUsername(), failures, until));
			}
		});
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AuthenticationSuccessEvent event) {
		var now = clock.instant();
		throttle.succeeded(CredentialCache.client(event.getAuthentication()), event.getAuthentication().getName());
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(a -> {
			// API calls authenticate on every request: write only when something worth keeping changed
			if (a.getFailedLogins() > 0 || a.getLastLoginAt() == null
					|| a.getLastLoginAt().plus(LAST_LOGIN_RESOLUTION).isBefore(now)) {
				a.recordSuccessfulLogin(now);
			}
		});
	}
}
