package vn.ocop.registry;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;

/**
 * Who may see and change which producer and product: the provincial office everything in its province; officers,
 * council members and inspectors what lies inside their unit; a producer account only the producers it is linked
 * to.
 */
@Component
class RegistryAccess {

	/** Roles that reach records through their administrative unit. */
	static final Set<Role> UNIT_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER,
			Role.COUNCIL_MEMBER, Role.INSPECTOR);

	/** Roles that may register and change producers and products on a producer's behalf. */
	static final Set<Role> OFFICER_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);

	private final AccessScope scope;
	private final GeographyApi geography;

	RegistryAccess(AccessScope scope, GeographyApi geography) {
		this.scope = scope;
		this.geography = geography;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	Optional<CurrentUser> userIfAny() {
		return scope.currentUser();
	}

	boolean canSee(CurrentUser user, Producer producer) {
		if (user.has(Role.PRODUCER) && producer.isManagedBy(user.username())) {
			return true;
		}
		return user.roles().stream().anyMatch(UNIT_ROLES::contains)
				&& scope.covers(user, producer.getUnitAt());
	}

	boolean canChange(CurrentUser user, Producer producer) {
		if (user.has(Role.PRODUCER) && producer.isManagedBy(user.username())) {
			return true;
		}
		return user.roles().stream().anyMatch(OFFICER_ROLES::contains)
				&& scope.covers(user, producer.getUnitAt());
	}

	boolean canSee(CurrentUser user, Product product, Producer producer) {
		if (user.has(Role.PRODUCER) && producer.isManagedBy(user.username())) {
			return true;
		}
		return user.roles().stream().anyMatch(UNIT_ROLES::contains)
				&& scope.covers(user, product.getUnitAt());
	}

	boolean canChange(CurrentUser user, Product product, Producer producer) {
		if (user.has(Role.PRODUCER) && producer.isManagedBy(user.username())) {
			return true;
		}
		return user.roles().stream().anyMatch(OFFICER_ROLES::contains)
				&& scope.covers(user, product.getUnitAt());
	}

	/**
	 * Who selects: the provincial office always; otherwise an officer of the level that selected under the structure
	 * in force when the product was registered — the district, or from 1 July 2025 (no district level) the commune.
	 */
	boolean canSelect(CurrentUser user, Product product) {
		if (user.has(Role.PROVINCE_ADMIN)) {
			return scope.covers(user, product.getUnitAt());
		}
		Role selecting = hasDistrictLevel(product) ? Role.DISTRICT_OFFICER : Role.COMMUNE_OFFICER;
		return user.has(selecting) && scope.covers(user, product.getUnitAt());
	}

	/**
	 * Who returns a filed dossier as incomplete: an officer (the commune's, the district's or the provincial office)
	 * whose area covers the product.
	 */
	boolean canReturn(CurrentUser user, Product product) {
		return user.roles().stream().anyMatch(OFFICER_ROLES::contains)
				&& scope.covers(user, product.getUnitAt());
	}

	boolean hasDistrictLevel(Product product) {
		return geography.lineage(product.getUnitAt()).stream()
				.anyMatch(u -> u.level() == vn.ocop.geography.UnitLevel.DISTRICT);
	}

	void requireSee(CurrentUser user, Producer producer) {
		if (!canSee(user, producer)) {
			throw new AccessDeniedException("Producer outside scope");
		}
	}

	void requireChange(CurrentUser user, Producer producer) {
		if (!canChange(user, producer)) {
			throw new AccessDeniedException("Producer outside scope");
		}
	}

	void requireSee(CurrentUser user, Product product, Producer producer) {
		if (!canSee(user, product, producer)) {
			throw new AccessDeniedException("Product outside scope");
		}
	}

	void requireChange(CurrentUser user, Product product, Producer producer) {
		if (!canChange(user, product, producer)) {
			throw new AccessDeniedException("Product outside scope");
		}
	}
}
