package vn.ocop.certification;

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
import vn.ocop.registry.ProductLifecycle;

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

	/** Whether the user's unit covers the commune on the day (the province covers all of it). */
	boolean covers(CurrentUser user, String communeCode, LocalDate day) {
		return scope.covers(user, communeCode, day);
	}

	boolean maySee(CurrentUser user, Certificate certificate) {
		if (isOfficer(user) && scope.covers(user, certificate.getCommuneCode(), certificate.getUnitDate())) {
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
	 * A scope test for filtering lists: remembers the answer per commune and day, since the answer for units
	 * outside the user's area is the expensive one.
	 */
	BiPredicate<String, LocalDate> coverage(CurrentUser user) {
		if (!isOfficer(user)) {
			return (commune, day) -> false;
		}
		Map<String, Boolean> answers = new HashMap<>();
		return (commune, day) -> answers.computeIfAbsent(commune + "|" + day, k -> scope.covers(user, commune, day));
	}
}
