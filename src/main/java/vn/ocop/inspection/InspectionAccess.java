package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;

/**
 * Who may do what in inspection: the provincial office plans, opens inspections, decides sanctions and handles
 * complaints; inspectors carry out the inspections assigned to them; officers and inspectors read the plan lines and
 * inspections of their area.
 */
@Component
class InspectionAccess {

	static final Set<Role> OFFICERS = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);

	private final AccessScope scope;

	InspectionAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	static boolean isOfficer(CurrentUser user) {
		return user.roles().stream().anyMatch(OFFICERS::contains);
	}

	static boolean isOffice(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN);
	}

	CurrentUser requireOffice() {
		CurrentUser user = user();
		if (!isOffice(user)) {
			throw new AccessDeniedException("Only the provincial office");
		}
		return user;
	}

	boolean covers(CurrentUser user, String communeCode, LocalDate unitDate) {
		return scope.covers(user, communeCode, unitDate);
	}

	/** Officers and inspectors whose unit covers a record; remembered per commune and day for lists. */
	BiPredicate<String, LocalDate> coverage(CurrentUser user) {
		if (!isOfficer(user) && !user.has(Role.INSPECTOR)) {
			return (c, d) -> false;
		}
		if (isOffice(user)) {
			return (c, d) -> true;
		}
		Map<String, Boolean> answers = new HashMap<>();
		return (c, d) -> answers.computeIfAbsent(c + "|" + d, k -> scope.covers(user, c, d));
	}
}
