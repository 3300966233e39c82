package vn.ocop.support;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.geography.UnitAt;

/**
 * Who may do what with support: the provincial office defines items and budgets and decides; the producer (or an
 * officer of the product's area on its behalf) applies and reports the result; the commune or district officer of
 * the level in force on the day of the check checks.
 */
@Component
class SupportAccess {

	private final AccessScope scope;
	private final GeographyApi geography;
	private final ProductLifecycle products;

	SupportAccess(AccessScope scope, GeographyApi geography, ProductLifecycle products) {
		this.scope = scope;
		this.geography = geography;
		this.products = products;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	Optional<CurrentUser> currentUser() {
		return scope.currentUser();
	}

	static boolean isOffice(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN);
	}

	static boolean isOfficer(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER);
	}

	CurrentUser requireOffice() {
		var user = user();
		if (!isOffice(user)) {
			throw new AccessDeniedException("Only the provincial OCOP office decides on support and budgets");
		}
		return user;
	}

	CurrentUser requireOfficer() {
		var user = user();
		if (!isOfficer(user)) {
			throw new AccessDeniedException("Officers only");
		}
		return user;
	}

	/** Whether the user acts for the product: its producer's account, or an officer whose area covers it. */
	boolean actsFor(CurrentUser user, UUID productId, UnitAt commune) {
		if (user.has(Role.PRODUCER) && products.isManagedBy(productId, user.username())) {
			return true;
		}
		return isOfficer(user) && (isOffice(user) || scope.covers(user, commune));
	}

	CurrentUser requireActsFor(UUID productId, UnitAt commune) {
		var user = user();
		if (!actsFor(user, productId, commune)) {
			throw new AccessDeniedException("Product outside the user's scope");
		}
		return user;
	}

	/**
	 * Whether the user may see a support request of the product: only who acts for it (its producer, the office, an
	 * officer of its area). A request is about money and the producer's plans; councils and inspectors have no part
	 * in it.
	 */
	boolean seesRequest(CurrentUser user, UUID productId, UnitAt commune) {
		return actsFor(user, productId, commune);
	}

	/**
	 * Whether the user may see an IP registration of the product: who acts for it, and the council members and
	 * inspectors who weigh the product's marks on the scorecard and in the field.
	 */
	boolean sees(CurrentUser user, UUID productId, UnitAt commune) {
		return actsFor(user, productId, commune) || user.has(Role.COUNCIL_MEMBER)
				|| user.has(Role.INSPECTOR);
	}

	/**
	 * The role that checks requests on the day: the district officer while the province has districts, the commune
	 * officer once it has none (Hà Tĩnh from 1 July 2025).
	 */
	Role checkingRole(UnitAt commune, LocalDate today) {
		var province = geography.lineage(commune).stream().filter(u -> u.level() == UnitLevel.PROVINCE)
				.map(Unit::code).findFirst().orElse(null);
		boolean districts = province != null && !geography.unitsInForce(today, UnitLevel.DISTRICT, province).isEmpty();
		return districts ? Role.DISTRICT_OFFICER : Role.COMMUNE_OFFICER;
	}

	CurrentUser requireChecker(UnitAt commune, LocalDate today) {
		var user = user();
		Role role = checkingRole(commune, today);
		if (!user.has(role) || !scope.covers(user, commune)) {
			throw new AccessDeniedException("Only the " + role + " of the product's area checks this request");
		}
		return user;
	}

	boolean mayCheck(UnitAt commune, LocalDate today) {
		var user = scope.currentUser().orElse(null);
		if (user == null) {
			return false;
		}
		Role role = checkingRole(commune, today);
		return user.has(role) && scope.covers(user, commune);
	}

	/** The district the commune lay in on the day, or the commune itself where there was no district level. */
	String areaOf(UnitAt commune) {
		return geography.lineage(commune).stream().filter(u -> u.level() == UnitLevel.DISTRICT)
				.map(Unit::code).findFirst().orElse(commune.code());
	}

	String areaName(String code, LocalDate on) {
		var unit = geography.find(code, on);
		if (unit.isPresent()) {
			return unit.get().name();
		}
		var versions = geography.versionsOf(code);
		return versions.isEmpty() ? code : versions.get(versions.size() - 1).name();
	}

	static final Set<Role> OFFICERS = Set.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);
}
