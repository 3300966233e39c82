package vn.ocop.certification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.geography.UnitAt;
import java.util.function.Predicate;

/**
 * Who may do what with certificates: the officers of a People's Committee decide (issues, downgrades, revokes) for
 * the products of their unit, at the level the regulations give them ({@link CertificationAuthority}); officers and
 * inspectors see the certificates of products inside their unit; a producer account sees those of the producers it
 * acts for. Anyone verifies a code, which is not decided here.
 */
@Component
class CertificationAccess {

	/** Roles that reach certificates through their administrative unit. */
	static final Set<Role> OFFICER_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER,
			Role.INSPECTOR);

	private final AccessScope scope;
	private final ProductLifecycle lifecycle;

	CertificationAccess(AccessScope scope, ProductLifecycle lifecycle) {
		this.scope = scope;
		this.lifecycle = lifecycle;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	/** The signed-in provincial office; 403 for anyone else. */
	CurrentUser requireOffice() {
		CurrentUser user = user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office records certification decisions");
		}
		return user;
	}

	static boolean isOffice(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN);
	}

	static boolean isOfficer(CurrentUser user) {
		return user.roles().stream().anyMatch(OFFICER_ROLES::contains);
	}

	/** Whether the user's unit covers the commune as it was on its date (the province covers all of it). */
	boolean covers(CurrentUser user, UnitAt commune) {
		return scope.covers(user, commune);
	}

	boolean maySee(CurrentUser user, Certificate certificate) {
		if (isOfficer(user) && scope.covers(user, certificate.getUnitAt())) {
			return true;
		}
		return user.has(Role.PRODUCER) && lifecycle.isManagedBy(certificate.getProductId(), user.username());
	}

	void requireSee(CurrentUser user, Certificate certificate) {
		if (!maySee(user, certificate)) {
			throw new AccessDeniedException("Certificate outside the user's scope");
		}
	}

	/**
	 * A scope test for filtering lists: remembers the answer per unit (commune and day), since the answer for units
	 * outside the user's area is the expensive one.
	 */
	Predicate<UnitAt> coverage(CurrentUser user) {
		if (!isOfficer(user)) {
			return commune -> false;
		}
		Map<UnitAt, Boolean> answers = new HashMap<>();
		return commune -> answers.computeIfAbsent(commune, k -> scope.covers(user, k));
	}
}
