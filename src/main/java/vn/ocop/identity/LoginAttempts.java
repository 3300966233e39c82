package vn.ocop.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks the account after too many in a row.
 */
@Component
class LoginAttempts {

	private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(5);

	private final UserAccounts accounts;
	private final IdentitySettings settings;
	private final Clock clock;
	private final CredentialCache credentials;

	LoginAttempts(UserAccounts accounts, IdentitySettings settings, Clock clock, CredentialCache credentials) {
		this.credentials = credentials;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsername(UserAccount.normalise(event.getAuthentication().getName()))
				.ifPresent(a -> {
					a.recordFailedLogin(clock.instant(), settings.maxFailedLogins(), Duration.ofMinutes(settings.lockMinutes()));
					credentials.forget(a.getUsername());
				});
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AuthenticationSuccessEvent event) {
		var now = clock.instant();
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(a -> {
			// API calls authenticate on every request: write only when something worth keeping changed
			if (a.getFailedLogins() > 0 || a.getLastLoginAt() == null
					|| a.getLastLoginAt().plus(LAST_LOGIN_RESOLUTION).isBefore(now)) {
				a.recordSuccessfulLogin(now);
			}
		});
	}
}
