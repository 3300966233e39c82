package vn.ocop.kpi;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;

/**
 * Who may read the indicators: the officers of every level (the figures are the province's, not a unit's).
 */
@Component
class KpiAccess {

	private final AccessScope scope;

	KpiAccess(AccessScope scope) {
		this.scope = scope;
	}

	/** Fails unless the user is an officer. */
	CurrentUser requireOfficer() {
		var user = scope.requireCurrentUser();
		if (!(user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER))) {
			throw new AccessDeniedException("Officers only");
		}
		return user;
	}
}
