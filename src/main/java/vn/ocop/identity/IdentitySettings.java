package vn.ocop.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection ({@code ocop.security.*}).
 *
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockMinutes how long the lock lasts
 */
@ConfigurationProperties("ocop.security")
record IdentitySettings(int maxFailedLogins, int lockMinutes) {

	IdentitySettings {
		maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
		lockMinutes = lockMinutes <= 0 ? 15 : lockMinutes;
	}
}
