package vn.ocop.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down guessing without letting a stranger lock an official out. Failed sign-ins are counted per client
 * address and per client and account; after a few free failures each further one makes that client wait twice as
 * long as the last time (1 s, 2 s, 4 s … up to {@link #MAX_DELAY}), and an attempt made while waiting is refused
 * unchecked, as any failed sign-in. The account itself is locked only on a sustained attack: many failures from any
 * clients inside a day ({@code ocop.security.attack-failures}); its owner is told (see {@link SignInAttackDetected}).
 * <p>
 * Counts live in memory (Caffeine, forgotten after a quiet day); with several instances each keeps its own, which
 * only multiplies the attacker's budget by the number of instances.
 */
@Component
class SignInThrottle {

	static final int FREE_PER_ACCOUNT_AND_CLIENT = 3;
	static final int FREE_PER_CLIENT = 20;
	static final Duration MAX_DELAY = Duration.ofMinutes(15);
	static final Duration WINDOW = Duration.ofHours(24);

	/** Failures of one key and until when it must wait. */
	static final class Failures {

		int count;
		Instant blockedUntil = Instant.MIN;
		Instant since;

		Failures(Instant now) {
			this.since = now;
		}
	}

	private final Clock clock;
	private final Cache<String, Failures> failures;

	SignInThrottle(Clock clock) {
		this.clock = clock;
		this.failures = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(200_000).build();
	}

	/** Whether the client (or the client on this account) must still wait before its next attempt is checked. */
	boolean mustWait(@Nullable String client, String username) {
		Instant now = clock.instant();
		return waiting(clientKey(client), now) || waiting(pairKey(client, username), now);
	}

	/**
	 * Records a failed sign-in and makes the client wait longer; returns the account's failures in the window (from
	 * every client), for the decision to lock on a sustained attack.
	 */
	int failed(@Nullable String client, String username) {
		Instant now = clock.instant();
		grow(clientKey(client), FREE_PER_CLIENT, now);
		grow(pairKey(client, username), FREE_PER_ACCOUNT_AND_CLIENT, now);
		Failures account = failures.get(accountKey(username), k -> new Failures(now));
		synchronized (account) {
			if (account.since.plus(WINDOW).isBefore(now)) {
				account.count = 0;
				account.since = now;
			}
			return ++account.count;
		}
	}

	/** A successful sign-in clears the client's waiting on this account (not the client's overall count). */
	void succeeded(@Nullable String client, String username) {
		failures.invalidate(pairKey(client, username));
	}

	/** Forgets the account's count (after the office unlocks it). */
	void forget(String username) {
		failures.invalidate(accountKey(username));
	}

	private boolean waiting(String key, Instant now) {
		Failures f = failures.getIfPresent(key);
		return f != null && now.isBefore(f.blockedUntil);
	}

	private void grow(String key, int free, Instant now) {
		Failures f = failures.get(key, k -> new Failures(now));
		synchronized (f) {
			f.count++;
			if (f.count > free) {
				int doublings = Math.min(f.count - free - 1, 20);
				Duration delay = Duration.ofSeconds(1L << doublings);
				f.blockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
			}
		}
	}

	private static String clientKey(@Nullable String client) {
		return "c|" + (client == null ? "?" : client);
	}

	private static String pairKey(@Nullable String client, String username) {
		return "p|" + (client == null ? "?" : client) + "|" + normalise(username);
	}

	private static String accountKey(String username) {
		return "a|" + normalise(username);
	}

	private static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}
}
