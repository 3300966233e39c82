package vn.ocop.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;

/**
 * A person who signs in: an officer bound to an administrative unit, a council member, an inspector, an editor or
 * a producer. Guards its own state: roles are never empty, a disabled or locked account cannot sign in.
 */
@Entity
@Table(name = "identity_user_account")
class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(length = 200)
	private @Nullable String email;

	@AuditIgnored(masked = true)
	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 32)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	/** GSO code of the administrative unit the account is bound to (its scope). */
	@Column(name = "unit_code", nullable = false, length = 16)
	private String unitCode;

	@Column(nullable = false)
	private boolean enabled = true;

	@AuditIgnored
	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@AuditIgnored
	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@AuditIgnored
	@Version
	private long version;

	protected UserAccount() {
		// for JPA
	}

	UserAccount(String username, String displayName, @Nullable String email, String passwordHash, Set<Role> roles,
			String unitCode, Instant now) {
		this.id = UUID.randomUUID();
		this.username = normalise(username);
		this.displayName = requireText(displayName, "displayName");
		this.email = email == null || email.isBlank() ? null : email.strip();
		this.passwordHash = requireText(passwordHash, "passwordHash");
		assignRoles(roles);
		this.unitCode = requireText(unitCode, "unitCode");
		this.createdAt = now;
	}

	static String normalise(String username) {
		return requireText(username, "username").strip().toLowerCase(java.util.Locale.ROOT);
	}

	/** Changes the person's name and e-mail address. */
	void describe(String displayName, @Nullable String email) {
		this.displayName = requireText(displayName, "displayName");
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	/** Replaces the roles; an account always keeps at least one. */
	void assignRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		this.roles = EnumSet.copyOf(roles);
	}

	/** Binds the account to another administrative unit, which becomes its scope. */
	void bindToUnit(String unitCode) {
		this.unitCode = requireText(unitCode, "unitCode");
	}

	/** Sets a new password (already hashed) and lifts any lock. */
	void resetPassword(String passwordHash) {
		this.passwordHash = requireText(passwordHash, "passwordHash");
		unlock();
	}

	void disable() {
		if (!enabled) {
			throw new IllegalStateException("Account " + username + " is already disabled");
		}
		this.enabled = false;
	}

	void enable() {
		if (enabled) {
			throw new IllegalStateException("Account " + username + " is already enabled");
		}
		this.enabled = true;
	}

	/** Counts a failed sign-in; the account locks for {@code lockFor} once {@code maxFailures} is reached. */
	/** Counts a failed sign-in; the account is locked only on a sustained attack ({@link #lockUntil}). */
	void recordFailedLogin() {
		failedLogins++;
	}

	/** Locks the account until the given time (a sustained attack on its password). */
	void lockUntil(Instant until) {
		lockedUntil = until;
		failedLogins = 0;
	}

	void recordSuccessfulLogin(Instant now) {
		failedLogins = 0;
		lastLoginAt = now;
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	boolean hasRole(Role role) {
		return roles.contains(role);
	}

	UUID getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	@Nullable
	String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	String getUnitCode() {
		return unitCode;
	}

	boolean isEnabled() {
		return enabled;
	}

	@Nullable
	Instant getLockedUntil() {
		return lockedUntil;
	}

	@Nullable
	Instant getLastLoginAt() {
		return lastLoginAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	int getFailedLogins() {
		return failedLogins;
	}

	private static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}
}
