package vn.ocop.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitAt;

/**
 * Decides what the signed-in user may see and change: an officer is bound to an administrative unit and reaches
 * only records whose unit lies inside it, by the structure in force on the record's date. Every module asks here
 * before it reads or changes a record that belongs to a unit.
 */
@Component
public class AccessScope {

	private final UserAccounts accounts;
	private final GeographyApi geography;
	private final Clock clock;

	AccessScope(UserAccounts accounts, GeographyApi geography, Clock clock) {
		this.accounts = accounts;
		this.geography = geography;
		this.clock = clock;
	}

	/** The signed-in user, if any. */
	public Optional<CurrentUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return accounts.findByUsername(authentication.getName())
				.map(a -> new CurrentUser(a.getUsername(), a.getDisplayName(), a.getRoles(), a.getUnitCode()));
	}

	/** The signed-in user; fails with 403 if nobody is signed in. */
	public CurrentUser requireCurrentUser() {
		return currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/**
	 * Whether the signed-in user's unit covers the unit {@code unitCode} on the day {@code on} (the day the
	 * record refers to, e.g. its registration date).
	 */
	public boolean covers(String unitCode, LocalDate on) {
		return currentUser().map(u -> covers(u, unitCode, on)).orElse(false);
	}

	/** Whether the given user's unit covers the unit {@code unitCode} on the day {@code on}. */
	public boolean covers(CurrentUser user, String unitCode, LocalDate on) {
		if (user.unitCode().equals(unitCode)) {
			return true;
		}
		if (geography.isWithin(unitCode, user.unitCode(), on)) {
			return true;
		}
		// the area over time: old units of a reorganised area, and what the units of an abolished one became
		return geography.codesWithin(user.unitCode()).contains(unitCode);
	}

	/** Whether the given user's unit covers the unit as it was on its date (the record's unit and day). */
	public boolean covers(CurrentUser user, UnitAt unit) {
		return covers(user, unit.code(), unit.date());
	}

	/** The signed-in provincial office; fails with 403 for anyone else. */
	public CurrentUser requireOffice() {
		CurrentUser user = requireCurrentUser();
		if (!user.isOffice()) {
			throw new AccessDeniedException("Only the provincial office");
		}
		return user;
	}

	/**
	 * Which units (each as it was on its date) the user reads in lists: officers and inspectors those their unit
	 * covers, the provincial office all, anyone else none; each answer remembered per unit.
	 */
	public Predicate<UnitAt> coverage(CurrentUser user) {
		if (!user.isOfficer() && !user.has(Role.INSPECTOR)) {
			return u -> false;
		}
		if (user.isOffice()) {
			return u -> true;
		}
		Map<UnitAt, Boolean> answers = new HashMap<>();
		return u -> answers.computeIfAbsent(u, k -> covers(user, k));
	}

	/** Fails with 403 unless the signed-in user's unit covers {@code unitCode} on {@code on}. */
	public void check(String unitCode, LocalDate on) {
		if (!covers(unitCode, on)) {
			throw new AccessDeniedException("Unit " + unitCode + " is outside the user's scope");
		}
	}
}
