package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;
import java.util.function.Predicate;

/**
 * Who may do what in inspection: the provincial office plans, opens inspections, decides sanctions and handles
 * complaints; inspectors carry out the inspections assigned to them; officers and inspectors read the plan lines and
 * inspections of their area.
 */
@Component
class InspectionAccess {

	private final AccessScope scope;
	private final UserManagement users;

	InspectionAccess(AccessScope scope, UserManagement users) {
		this.scope = scope;
		this.users = users;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	CurrentUser requireOffice() {
		return scope.requireOffice();
	}

	/** Officers and inspectors read plans and inspections (each only those of their area). */
	CurrentUser requireReader() {
		CurrentUser user = user();
		if (!user.isOfficer() && !user.has(Role.INSPECTOR)) {
			throw new AccessDeniedException("Officers and inspectors only");
		}
		return user;
	}

	/** The office, the assigned inspector, and officers and inspectors whose area holds the inspected producer. */
	void requireSee(CurrentUser user, Inspection inspection) {
		if (user.isOffice() || inspection.getInspector().equals(user.username())) {
			return;
		}
		if ((user.isOfficer() || user.has(Role.INSPECTOR))
				&& covers(user, inspection.getUnitAt())) {
			return;
		}
		throw new AccessDeniedException("Inspection outside the user's scope");
	}

	/** Only the assigned inspector or the office records an inspection. */
	void requireConduct(CurrentUser user, Inspection inspection) {
		if (!user.isOffice() && !inspection.getInspector().equals(user.username())) {
			throw new AccessDeniedException("Only the assigned inspector or the office records the inspection");
		}
	}

	/** The account an inspection is assigned to: an enabled inspector's or the office's; 422 otherwise. */
	String requireInspectorAccount(@Nullable String username) {
		if (username == null || username.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "inspector");
		}
		UserSummary account = users.find(username.strip()).filter(UserSummary::enabled)
				.orElseThrow(() -> BusinessRuleException.unprocessable("monitoring.inspection.unknownInspector", username));
		if (!account.roles().contains(Role.INSPECTOR) && !account.roles().contains(Role.PROVINCE_ADMIN)) {
			throw BusinessRuleException.unprocessable("monitoring.inspection.notInspector", username);
		}
		return account.username();
	}

	/** Accounts that may be assigned inspections: inspectors first, then the provincial office. */
	List<String> inspectorAccounts() {
		return users.all().stream().filter(UserSummary::enabled)
				.filter(u -> u.roles().contains(Role.INSPECTOR) || u.roles().contains(Role.PROVINCE_ADMIN))
				.sorted(Comparator.comparing((UserSummary u) -> !u.roles().contains(Role.INSPECTOR))
						.thenComparing(UserSummary::username))
				.map(UserSummary::username).toList();
	}

	boolean covers(CurrentUser user, UnitAt unit) {
		return scope.covers(user, unit);
	}

	/** Officers and inspectors whose unit covers a record; remembered per unit (commune and day) for lists. */
	Predicate<UnitAt> coverage(CurrentUser user) {
		return scope.coverage(user);
	}
}
