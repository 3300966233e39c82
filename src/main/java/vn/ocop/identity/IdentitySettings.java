package vn.ocop.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection ({@code ocop.security.*}).
 *
 * @param attackFailures failed sign-ins on one account from any clients inside a day that count as a sustained
 *        attack and lock it (clients are slowed down long before, see {@code SignInThrottle})
 * @param lockMinutes how long such a lock lasts
 */
@ConfigurationProperties("ocop.security")
record IdentitySettings(int attackFailures, int lockMinutes) {

	IdentitySettings {
		attackFailures = attackFailures <= 0 ? 50 : attackFailures;
		lockMinutes = lockMinutes <= 0 ? 15 : lockMinutes;
	}
}
