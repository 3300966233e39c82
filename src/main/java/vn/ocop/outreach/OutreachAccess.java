package vn.ocop.outreach;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;

/**
 * Who may do what in outreach: the provincial office manages events (and the provincial pilot models); officers
 * manage trainings, sales points and pilot models inside their own area.
 */
@Component
class OutreachAccess {

	private final AccessScope scope;

	OutreachAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	boolean isOfficer(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER);
	}

	boolean isOffice(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN);
	}

	/** Fails unless the user is the provincial office. */
	CurrentUser requireOffice() {
		var user = user();
		if (!isOffice(user)) {
			throw new AccessDeniedException("Only the provincial OCOP office manages this");
		}
		return user;
	}

	/** Fails unless the user is an officer. */
	CurrentUser requireOfficer() {
		var user = user();
		if (!isOfficer(user)) {
			throw new AccessDeniedException("Officers only");
		}
		return user;
	}

	/**
	 * Fails unless the user is the provincial office, or an officer whose area covers the commune (records
	 * without a commune belong to the province).
	 */
	CurrentUser requireArea(@Nullable String communeCode, LocalDate on) {
		var user = requireOfficer();
		if (isOffice(user)) {
			return user;
		}
		if (communeCode == null || !scope.covers(user, communeCode, on)) {
			throw new AccessDeniedException("Outside the officer's area");
		}
		return user;
	}

	boolean mayChangeArea(@Nullable String communeCode, LocalDate on) {
		var user = scope.currentUser().orElse(null);
		if (user == null || !isOfficer(user)) {
			return false;
		}
		return isOffice(user) || communeCode != null && scope.covers(user, communeCode, on);
	}
}
