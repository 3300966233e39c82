package vn.ocop.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitAt;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Creating and administering accounts. Only the provincial office calls the changing operations (checked by the
 * web layer); every change is audited through the entity.
 */
@Service
@Transactional
public class UserManagement {

	private final UserAccounts accounts;
	private final PasswordEncoder passwordEncoder;
	private final GeographyApi geography;
	private final Clock clock;
	private final AccessScope scope;
	private final CredentialCache credentials;

	private final SignInThrottle throttle;

	UserManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, GeographyApi geography, Clock clock,
			AccessScope scope, CredentialCache credentials, SignInThrottle throttle) {
		this.throttle = throttle;
		this.scope = scope;
		this.credentials = credentials;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.geography = geography;
		this.clock = clock;
	}

	/** Creates an account; 409 if the name is taken, 422 if the unit is unknown. */
	public UserSummary create(NewUser user) {
		String username = UserAccount.normalise(user.username());
		if (accounts.existsByUsername(username)) {
			throw BusinessRuleException.conflict("identity.user.exists", username);
		}
		requireKnownUnit(user.unitCode());
		var account = new UserAccount(username, user.displayName(), user.email(),
				passwordEncoder.encode(user.password()), user.roles(), user.unitCode(), clock.instant());
		return UserSummary.of(accounts.save(account), clock.instant());
	}

	public boolean exists(String username) {
		return accounts.existsByUsername(UserAccount.normalise(username));
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(String username) {
		return accounts.findByUsername(UserAccount.normalise(username)).map(a -> UserSummary.of(a, clock.instant()));
	}

	@Transactional(readOnly = true)
	public UserSummary get(UUID id) {
		return UserSummary.of(load(id), clock.instant());
	}

	@Transactional(readOnly = true)
	public Page<UserSummary> search(@Nullable String query, @Nullable Role role, Pageable pageable) {
		return accounts.findAll(matching(query, role), sorted(pageable)).map(a -> UserSummary.of(a, clock.instant()));
	}

	/**
	 * The accounts the given user may see: all for the provincial office; for an officer, the accounts bound to a
	 * unit inside the officer's own unit; nothing for other roles.
	 */
	@Transactional(readOnly = true)
	public Page<UserSummary> searchVisibleTo(CurrentUser viewer, @Nullable String query, @Nullable Role role,
			Pageable pageable) {
		if (viewer.has(Role.PROVINCE_ADMIN)) {
			return search(query, role, pageable);
		}
		if (!viewer.has(Role.DISTRICT_OFFICER) && !viewer.has(Role.COMMUNE_OFFICER)) {
			return Page.empty(pageable);
		}
		LocalDate today = LocalDate.now(clock);
		List<UserSummary> visible = accounts.findAll(matching(query, role), org.springframework.data.domain.Sort.by("username")).stream()
				.filter(a -> scope.covers(viewer, a.getUnitCode(), today))
				.map(a -> UserSummary.of(a, clock.instant()))
				.toList();
		int from = (int) Math.min(pageable.getOffset(), visible.size());
		int to = (int) Math.min(from + (long) pageable.getPageSize(), visible.size());
		return new org.springframework.data.domain.PageImpl<>(visible.subList(from, to), pageable, visible.size());
	}

	/**
	 * One account by name, if the viewer may see it: 404 if it doesn't exist, 403 if it lies outside the viewer's
	 * scope.
	 */
	@Transactional(readOnly = true)
	public UserSummary getVisibleTo(CurrentUser viewer, String username) {
		var account = accounts.findByUsername(UserAccount.normalise(username))
				.orElseThrow(() -> new NotFoundException("identity.user.notFound", username));
		boolean visible = viewer.has(Role.PROVINCE_ADMIN) || viewer.username().equals(account.getUsername())
				|| ((viewer.has(Role.DISTRICT_OFFICER) || viewer.has(Role.COMMUNE_OFFICER))
						&& scope.covers(viewer, account.getUnitCode(), LocalDate.now(clock)));
		if (!visible) {
			throw new org.springframework.security.access.AccessDeniedException("Outside scope: " + username);
		}
		return UserSummary.of(account, clock.instant());
	}

	@Transactional(readOnly = true)
	public List<UserSummary> all() {
		return accounts.findAllByOrderByUsername().stream().map(a -> UserSummary.of(a, clock.instant())).toList();
	}

	/**
	 * The enabled accounts holding one of the roles whose unit covers the given unit (as the unit structure stood on
	 * its date) — the officers responsible for a record there. Province-wide accounts are included.
	 */
	@Transactional(readOnly = true)
	public List<String> usernamesCovering(UnitAt unit, Role... roles) {
		Set<Role> wanted = Set.of(roles);
		return accounts.findAllByOrderByUsername().stream()
				.filter(UserAccount::isEnabled)
				.filter(a -> a.getRoles().stream().anyMatch(wanted::contains))
				.filter(a -> scope.covers(new CurrentUser(a.getUsername(), a.getDisplayName(), a.getRoles(),
						a.getUnitCode()), unit))
				.map(UserAccount::getUsername)
				.toList();
	}

	/** The e-mail address of an enabled account, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(String username) {
		return accounts.findByUsername(UserAccount.normalise(username))
				.filter(UserAccount::isEnabled)
				.map(UserAccount::getEmail)
				.filter(e -> e != null && !e.isBlank());
	}

	/** Changes name, e-mail, roles and unit of an account. */
	public UserSummary update(UUID id, String displayName, @Nullable String email, Set<Role> roles, String unitCode) {
		requireKnownUnit(unitCode);
		var account = load(id);
		account.describe(displayName, email);
		account.assignRoles(roles);
		account.bindToUnit(unitCode);
		return UserSummary.of(account, clock.instant());
	}

	public void resetPassword(UUID id, String newPassword) {
		if (newPassword == null || newPassword.length() < 8) {
			throw BusinessRuleException.unprocessable("identity.password.tooShort", 8);
		}
		var account = load(id);
		account.resetPassword(passwordEncoder.encode(newPassword));
		credentials.forget(account.getUsername());
	}

	public void disable(UUID id) {
		var account = load(id);
		if (!account.isEnabled()) {
			throw BusinessRuleException.conflict("identity.user.alreadyDisabled", account.getUsername());
		}
		account.disable();
		credentials.forget(account.getUsername());
	}

	public void enable(UUID id) {
		var account = load(id);
		if (account.isEnabled()) {
			throw BusinessRuleException.conflict("identity.user.alreadyEnabled", account.getUsername());
		}
		account.enable();
	}

	public void unlock(UUID id) {
		var account = load(id);
		account.unlock();
		throttle.forget(account.getUsername());
	}

	public long count() {
		return accounts.count();
	}

	/** Accounts whose name or username contains the words (ignoring case), holding the role if one is given. */
	private static org.springframework.data.jpa.domain.Specification<UserAccount> matching(@Nullable String query,
			@Nullable Role role) {
		org.springframework.data.jpa.domain.Specification<UserAccount> spec = (root, q, cb) -> cb.conjunction();
		if (query != null && !query.isBlank()) {
			String like = "%" + query.strip().toLowerCase(java.util.Locale.ROOT) + "%";
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("username")), like),
					cb.like(cb.lower(root.get("displayName")), like)));
		}
		if (role != null) {
			spec = spec.and((root, q, cb) -> cb.isMember(role, root.get("roles")));
		}
		return spec;
	}

	private static Pageable sorted(Pageable pageable) {
		return pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
				: org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						org.springframework.data.domain.Sort.by("username"));
	}

	private UserAccount load(UUID id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("identity.user.notFound", id));
	}

	private void requireKnownUnit(String unitCode) {
		LocalDate today = LocalDate.now(clock);
		if (geography.find(unitCode, today).isEmpty() && geography.versionsOf(unitCode).isEmpty()) {
			throw BusinessRuleException.unprocessable("geography.unit.unknown", unitCode);
		}
	}
}
