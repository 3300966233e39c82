package vn.ocop.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with the stored (bcrypt) password hash, and remembers a successful sign-in for a few minutes so that
 * scripts calling the stateless API with HTTP Basic do not pay a deliberately slow bcrypt check on every request.
 * Only a salted SHA-256 of the password is kept, in memory, with a per-process random salt; the account's state
 * (disabled, locked) is still checked on every request, and a password reset, lock or disable forgets the entry.
 */
@Component
class CredentialCache implements AuthenticationProvider {

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private record Entry(byte[] digest, Instant expires) {
	}

	private final DaoAuthenticationProvider delegate;
	private final UserDetailsService users;
	private final UserDetailsChecker checks;
	private final Clock clock;
	private final byte[] salt = new byte[32];
	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final SignInThrottle throttle;

	CredentialCache(UserDetailsService users, PasswordEncoder passwordEncoder, Clock clock, SignInThrottle throttle) {
		this.users = users;
		this.clock = clock;
		this.throttle = throttle;
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(passwordEncoder);
		this.checks = new org.springframework.security.authentication.AccountStatusUserDetailsChecker();
		// a locked or disabled account is only found out after the password check: it takes as long, and fails the
		// same way, as a wrong password or an unknown name
		this.delegate.setPreAuthenticationChecks(user -> {
		});
		this.delegate.setPostAuthenticationChecks(checks);
		new SecureRandom().nextBytes(salt);
	}

	/** A sign-in refused unchecked because its client must still wait; answered as any failed sign-in. */
	static final class Throttled extends org.springframework.security.authentication.BadCredentialsException {

		Throttled() {
			super("Bad credentials");
		}
	}

	/** The client address of a sign-in attempt (form or HTTP Basic), if known. */
	static @org.jspecify.annotations.Nullable String client(Authentication authentication) {
		return authentication.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(java.util.Locale.ROOT);
		if (throttle.mustWait(client(authentication), username)) {
			throw new Throttled();
		}
		Object credentials = authentication.getCredentials();
		if (credentials instanceof String password && !username.isEmpty()) {
			byte[] digest = digest(username, password);
			Entry entry = entries.get(username);
			if (entry != null && clock.instant().isBefore(entry.expires()) && MessageDigest.isEqual(entry.digest(), digest)) {
				var user = users.loadUserByUsername(username);
				checks.check(user);
				var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
				result.setDetails(authentication.getDetails());
				return result;
			}
			Authentication result = delegate.authenticate(authentication);
			entries.put(username, new Entry(digest, clock.instant().plus(TIME_TO_LIVE)));
			return result;
		}
		return delegate.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	/** Forgets the remembered sign-in of an account (after a password reset, a lock, or disabling it). */
	void forget(String username) {
		entries.remove(username);
	}

	private byte[] digest(String username, String password) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update(username.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(password.getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
