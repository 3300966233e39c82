package vn.ocop.planning;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;

/**
 * Who may do what with the plans: the provincial office manages plans, targets, activities and tasks; every officer
 * reads them; the lead account of a task reports on it.
 */
@Component
class PlanningAccess {

	private final AccessScope scope;

	PlanningAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	static boolean isOfficer(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER);
	}

	static boolean isOffice(CurrentUser user) {
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

	/** Fails unless the user is the provincial office or the task's lead account. */
	CurrentUser requireTaskReporter(PlanTask task) {
		var user = user();
		if (isOffice(user) || user.username().equals(task.getLeadAccount())) {
			return user;
		}
		throw new AccessDeniedException("Only the office or the task's lead reports on it");
	}
}
