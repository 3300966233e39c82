package vn.ocop.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as listed to administrators and other modules (never the password hash).
 */
public record UserSummary(UUID id, String username, String displayName, @Nullable String email, Set<Role> roles,
		String unitCode, boolean enabled, boolean locked, @Nullable Instant lastLoginAt) {

	static UserSummary of(UserAccount account, Instant now) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRoles(), account.getUnitCode(), account.isEnabled(), account.isLocked(now),
				account.getLastLoginAt());
	}
}
